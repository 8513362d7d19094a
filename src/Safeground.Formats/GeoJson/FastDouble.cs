namespace Safeground.Formats.GeoJson;

/// <summary>
/// Clinger's fast path for the plain decimals coordinates are written as (16.81145962824358): a mantissa
/// below 2^53 and at most 22 decimals are both exact doubles, so one IEEE division gives the correctly
/// rounded result, the same as a full parser. Anything else (exponents, 17+ digits) is left to the caller.
/// </summary>
internal static class FastDouble
{
    private const ulong MaxExactMantissa = 1UL << 53;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses a JSON number literal (already validated by the reader) when the fast path applies.</summary>
    public static bool TryParse(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        int i = 0;
        bool negative = number.Length > 0 && number[0] == '-';
        if (negative)
        {
            i = 1;
        }

        ulong mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < number.Length; i++)
        {
            uint digit = (uint)(number[i] - '0');
            if (digit <= 9)
            {
                if (++digits > 19)
                {
                    return false; // could overflow ulong
                }

                mantissa = (mantissa * 10) + digit;
                if (decimals >= 0)
                {
                    decimals++;
                }
            }
            else if (number[i] == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return false; // an exponent
            }
        }

        decimals = Math.Max(decimals, 0);
        if (digits == 0 || mantissa > MaxExactMantissa || decimals >= PowersOfTen.Length)
        {
            return false;
        }

        double result = mantissa / PowersOfTen[decimals];
        value = negative ? -result : result;
        return true;
    }
}
