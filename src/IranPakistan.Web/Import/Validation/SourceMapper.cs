using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A parsed source document → a <see cref="Source"/> with its sections and numbered paragraphs.</summary>
internal static class SourceMapper
{
    public static void Map(ValidationRun run, string file, SourceDocument doc)
    {
        var meta = doc.Meta;
        if (meta.Slug is null || meta.Title is null)
        {
            return;
        }

        if (run.Sources.TryGetValue(meta.Slug, out var existing))
        {
            run.Error(file, 2, $"source slug '{meta.Slug}' is already used by {existing.File}");
            return;
        }

        var source = new Source
        {
            Slug = meta.Slug,
            Title = meta.Title,
            Subtitle = meta.Subtitle,
            Author = meta.Author,
            Publisher = meta.Publisher,
            Published = meta.Published,
            Url = meta.Url,
            Note = meta.Note,
        };
        var order = 0;
        foreach (var s in doc.Sections)
        {
            var section = new Section { Slug = s.Slug, Title = s.Title, IsSourceHeading = s.IsSourceHeading, Order = order++, Source = source };
            foreach (var p in s.Paragraphs)
            {
                var paragraph = new Paragraph { Number = p.Number, Text = p.Text, Section = section, Source = source };
                section.Paragraphs.Add(paragraph);
                source.Paragraphs.Add(paragraph);
            }

            source.Sections.Add(section);
        }

        run.Sources[meta.Slug] = (source, file);
        run.Content.Sources.Add(source);
    }
}
