using Safeground.Core.Ordnance;

namespace Safeground.Core.Hazards;

/// <summary>
/// The contamination type a hazard's EO suggests, for a data manager to confirm: a survey states the type, this only
/// proposes one (roll-ups never count it). Each EO category points to one type: AP mine → anti-personnel mined area,
/// AT mine → anti-vehicle mined area, submunition → cluster-munition-contaminated area, IED → improvised mines, UXO,
/// AXO and small arms ammunition → other ERW (battle area).
/// </summary>
/// <remarks>
/// Priority, not majority: a field with forty UXO and one AP mine is a mined area, because a single mine is what puts
/// land under the Mine Ban Convention's Article 5 and decides how it is cleared, and counts of what was found say more
/// about where teams worked than about what the land holds. The order is the one in which the EO decides who may clear
/// the land and how: improvised mines first (one means IED disposal competence, IMAS 09.31; those a person sets off are
/// anti-personnel mines under the Convention too), then anti-personnel mines, anti-vehicle mines, cluster munitions
/// (the Convention on Cluster Munitions' Article 4) and other ERW.
/// The categories are those the surveys suspected and those found, as the hazard's state keeps them together.
/// </remarks>
public static class ContaminationSuggestion
{
    /// <summary>The types in the order they win, first to last.</summary>
    public static readonly IReadOnlyList<ContaminationType> Priority =
    [
        ContaminationType.ImprovisedMines,
        ContaminationType.AntiPersonnelMines,
        ContaminationType.AntiVehicleMines,
        ContaminationType.ClusterMunitions,
        ContaminationType.OtherErw,
    ];

    /// <summary>The type one EO category points to.</summary>
    public static ContaminationType TypeOf(EoCategory category) => category switch
    {
        EoCategory.ApMine => ContaminationType.AntiPersonnelMines,
        EoCategory.AtMine => ContaminationType.AntiVehicleMines,
        EoCategory.Submunition => ContaminationType.ClusterMunitions,
        EoCategory.Ied => ContaminationType.ImprovisedMines,
        EoCategory.Uxo or EoCategory.Axo or EoCategory.SmallArmsAmmunition => ContaminationType.OtherErw,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null), // a new category needs its type here
    };

    /// <summary>The suggested type of EO in <paramref name="categories"/> (suspected or found); null when there are none.</summary>
    public static ContaminationType? From(IEnumerable<EoCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        int best = -1;
        foreach (var c in categories)
        {
            int rank = Rank(TypeOf(c));
            if (best < 0 || rank < best) best = rank;
        }
        return best < 0 ? null : Priority[best];
    }

    /// <summary>What a hazard's EO, suspected and found, suggests.</summary>
    public static ContaminationType? Of(Projections.HazardState hazard)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        return From(hazard.SuspectedCategories);
    }

    private static int Rank(ContaminationType type)
    {
        for (int i = 0; i < Priority.Count; i++) if (Priority[i] == type) return i;
        throw new ArgumentOutOfRangeException(nameof(type), type, null); // a new type needs its place in Priority
    }
}
