using Safeground.Core.Projections;
using Safeground.Core.Reports;

namespace Safeground.Core.Checks;

/// <summary>
/// A few related rules. <see cref="StoreCheck"/> streams the store once: every hazard, then (when all
/// hazards are known) the cross-hazard step, then every approved report, then the end; a family
/// overrides the steps it needs and adds findings to the sink.
/// </summary>
internal abstract class RuleFamily
{
    /// <summary>Whether any of the family's rules is enabled (a disabled family is not run at all).</summary>
    public abstract bool Enabled(FindingSink sink);

    public virtual void Hazard(HazardState hazard, CheckContext context, FindingSink sink) { }

    /// <summary>Once, after the last hazard and before the first report.</summary>
    public virtual IEnumerable<int> AcrossHazards(CheckContext context, FindingSink sink) => [];

    public virtual void Report(Report report, CheckContext context, FindingSink sink) { }

    public virtual void Finish(CheckContext context, FindingSink sink) { }
}
