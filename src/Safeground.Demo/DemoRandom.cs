namespace Safeground.Demo;

/// <summary>
/// Seeded random streams. Each hazard (and each purpose within it) gets its own stream derived from
/// the seed, so a hazard's reports never depend on how many random numbers its predecessors used:
/// that is what lets the lazy sequences be enumerated twice, or partly, with identical results.
/// </summary>
internal static class DemoRandom
{
    /// <summary>A stream for (seed, stream, index); SplitMix64 finalising spreads neighbouring indices apart.</summary>
    public static Random For(int seed, int stream, long index)
    {
        ulong z = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)stream << 40) ^ (ulong)index);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return new Random(unchecked((int)z ^ (int)(z >> 32)));
    }

    public static double Uniform(this Random rng, double min, double max) => min + rng.NextDouble() * (max - min);

    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    public static double LogUniform(this Random rng, double min, double max) =>
        Math.Exp(rng.Uniform(Math.Log(min), Math.Log(max)));

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>An index drawn with the given relative weights.</summary>
    public static int Weighted(this Random rng, IReadOnlyList<double> weights)
    {
        double total = 0;
        foreach (var w in weights) total += w;
        double x = rng.NextDouble() * total;
        for (int i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Count - 1;
    }

    /// <summary>Poisson count; the normal approximation above λ = 30 keeps dense strips cheap.</summary>
    public static int Poisson(this Random rng, double lambda)
    {
        if (lambda <= 0) return 0;
        if (lambda > 30)
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            double n = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(lambda + n * Math.Sqrt(lambda)));
        }
        double l = Math.Exp(-lambda), p = 1;
        int k = 0;
        do { k++; p *= rng.NextDouble(); } while (p > l);
        return k - 1;
    }
}
