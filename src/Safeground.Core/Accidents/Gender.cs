namespace Safeground.Core.Accidents;

public enum Gender
{
    Unknown,
    Female,
    Male,
}
