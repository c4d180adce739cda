using IranPakistan.Web.Shared.Text;

namespace IranPakistan.Web.Import.Validation;

/// <summary>Links each paragraph to the actors and places it names (by name or alias, whole words: <see cref="NameMatcher"/>).</summary>
internal static class MentionFinder
{
    public static void Link(ValidatedContent content)
    {
        var paragraphs = content.Sources.SelectMany(s => s.Paragraphs).ToList();
        foreach (var actor in content.Actors)
        {
            actor.MentionedIn.AddRange(paragraphs.Where(p => NameMatcher.Mentions(p.Text, actor.Name, actor.Aliases)));
        }

        foreach (var place in content.Places)
        {
            place.MentionedIn.AddRange(paragraphs.Where(p => NameMatcher.Mentions(p.Text, place.Name, place.Aliases)));
        }
    }
}
