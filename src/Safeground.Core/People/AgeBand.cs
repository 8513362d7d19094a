namespace Safeground.Core.People;

/// <summary>
/// The age bands donors and casualty surveillance ask for (IMAS 12.10, IMAS 05.10): children under 18, adults
/// 18–59 and older people 60 and over. People are counted in bands, never by date of birth.
/// </summary>
public enum AgeBand
{
    Unknown,
    Child,
    Adult,
    Older,
}
