// Ported from GeographicLib-C (src/geodesic.c, accini/accadd/accsum/accneg/accrem),
// Copyright (c) Charles Karney (2012-2022), MIT/X11 licence, https://geographiclib.sourceforge.io/
namespace Safeground.Geodesy;

/// <summary>
/// Double-double accumulator: keeps the round-off of each addition, so summing many edge
/// contributions (which nearly cancel for small polygons) loses no precision.
/// </summary>
internal struct Accumulator
{
    private double _s;
    private double _t;

    public readonly double Value => _s;

    public void Add(double y)
    {
        double z = Geodesic.SumX(y, _t, out double u);
        _s = Geodesic.SumX(z, _s, out _t);
        if (_s == 0)
        {
            _s = u;
        }
        else
        {
            _t += u;
        }
    }

    /// <summary>Accumulator + y, without changing the accumulator.</summary>
    public readonly double Sum(double y)
    {
        Accumulator copy = this;
        copy.Add(y);
        return copy._s;
    }

    public void Negate()
    {
        _s = -_s;
        _t = -_t;
    }

    /// <summary>Reduce to [-y/2, y/2].</summary>
    public void Remainder(double y)
    {
        _s = Math.IEEERemainder(_s, y);
        Add(0.0);
    }
}
