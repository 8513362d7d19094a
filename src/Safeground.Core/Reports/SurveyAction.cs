namespace Safeground.Core.Reports;

/// <summary>What a non-technical survey does to a hazardous area.</summary>
public enum SurveyAction
{
    /// <summary>Records a new hazardous area with its perimeter.</summary>
    Create,
    /// <summary>Changes the perimeter, class, name or evidence of an existing area.</summary>
    Amend,
    /// <summary>Cancels land (all of what remains, or the given polygon): no evidence after all reasonable effort.</summary>
    Cancel,
}
