using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Features.Agreements;

/// <summary>
/// Who an agreement is between, read from the parties the seeds already name (nothing new is
/// asserted): the sides are the parties that are countries or international organisations and forums
/// — people and government bodies act for one of them. Between exactly Iran and Pakistan it is
/// bilateral; with three or more sides, multilateral; anything else (one of them with a third country)
/// is "other".
/// </summary>
public static class AgreementScope
{
    public const string Bilateral = "bilateral";
    public const string Multilateral = "multilateral";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> Values = [Bilateral, Multilateral, Other];

    private static readonly HashSet<string> _iranAndPakistan = ["iran", "pakistan"];

    public static string Of(Agreement agreement)
    {
        var sides = Sides(agreement).Select(p => p.Slug).ToHashSet();
        return sides.SetEquals(_iranAndPakistan) ? Bilateral
            : sides.Count >= 3 ? Multilateral
            : Other;
    }

    /// <summary>The parties that count as sides: countries, international organisations and forums.</summary>
    public static IEnumerable<Actor> Sides(Agreement agreement) =>
        agreement.Parties.Where(p => p.Kind is ActorKind.Country or ActorKind.InternationalOrganisation or ActorKind.Forum);

    public static string Label(string value) => value switch
    {
        Bilateral => "Iran–Pakistan (bilateral)",
        Multilateral => "With other parties (multilateral)",
        _ => "One side with a third country",
    };
}
