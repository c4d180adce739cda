using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Import.Validation;

/// <summary>A place seed → its <see cref="Place"/>, with coordinates on the globe.</summary>
internal static class PlaceMapper
{
    public static void Map(FileContext file, PlaceSeed seed)
    {
        if (seed.Slug is null || !file.Run.Places.TryGetValue(seed.Slug, out var place))
        {
            return;
        }

        place.Name = file.Required(seed, seed.Name, "name");
        place.Description = file.Required(seed, seed.Description, "description");
        place.Country = file.Required(seed, seed.Country, "country");
        place.Kind = file.Enum<PlaceKind>(seed, seed.Kind, "kind");
        place.Aliases = FieldChecks.Aliases(seed.Aliases);
        (place.NameFa, place.NameUr) = file.Check(seed, seed.NativeNames, $"place '{seed.Slug}'");
        place.Latitude = seed.Latitude ?? file.Missing(seed, "latitude", 0d);
        place.Longitude = seed.Longitude ?? file.Missing(seed, "longitude", 0d);
        if (place.Latitude is < -90 or > 90 || place.Longitude is < -180 or > 180)
        {
            file.Error(seed.Line, $"place '{seed.Slug}': latitude must be within ±90 and longitude within ±180");
        }

        place.Citations.AddRange(file.Citations(seed, seed.Citations, $"place '{seed.Slug}'"));
    }
}
