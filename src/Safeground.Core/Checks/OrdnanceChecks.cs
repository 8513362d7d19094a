using Safeground.Core.Ordnance;
using Safeground.Core.Reports;
using Safeground.Core.Rules;
using Safeground.Core.Text;

namespace Safeground.Core.Checks;

/// <summary>
/// find-model-unknown (a find names a model the programme's ordnance catalogue does not hold, with the close names)
/// and find-model-category (the catalogue counts the model under another category than the find). A model found
/// abandoned is recorded AXO although the catalogue lists it as UXO: the two are one for this rule.
/// </summary>
internal sealed class OrdnanceChecks : RuleFamily
{
    public override bool Enabled(FindingSink sink) => sink.IsEnabled(RuleIds.FindModelUnknown) || sink.IsEnabled(RuleIds.FindModelCategory);

    public override void Report(Report report, CheckContext context, FindingSink sink)
    {
        var finds = report.Body.AllFinds;
        for (int i = 0; i < finds.Count; i++)
        {
            var find = finds[i];
            if (string.IsNullOrWhiteSpace(find.Model)) continue;
            string at = $"{report.Id}#{i}";
            var model = context.Ordnance.Find(find.Model);
            if (model is null)
            {
                if (!sink.IsEnabled(RuleIds.FindModelUnknown)) continue;
                var close = context.Ordnance.Suggest(find.Model);
                sink.Add(RuleIds.FindModelUnknown, RecordRef.Find(report.Id, i),
                    close.Count == 0 ? "check.find-model-unknown" : "check.find-model-unknown.suggest",
                    TextArgs.Of(("find", at), ("model", find.Model), ("names", Texts.Join(close.Select(m => m.Name)))));
            }
            else if (sink.IsEnabled(RuleIds.FindModelCategory) && !SameCategory(model.Category, find.Category))
            {
                sink.Add(RuleIds.FindModelCategory, RecordRef.Find(report.Id, i), "check.find-model-category",
                    TextArgs.Of(("find", at), ("category", Words.Id(find.Category)), ("model", model.Name), ("listed", Words.Id(model.Category))));
            }
        }
    }

    /// <summary>Whether a find of a model listed as <paramref name="listed"/> may be recorded as <paramref name="recorded"/>.</summary>
    internal static bool SameCategory(EoCategory listed, EoCategory recorded) =>
        listed == recorded || (IsLoose(listed) && IsLoose(recorded));

    // Unexploded or abandoned is how the item was left, not what it is.
    private static bool IsLoose(EoCategory c) => c is EoCategory.Uxo or EoCategory.Axo;
}
