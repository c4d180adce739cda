namespace IranPakistan.Web.Shared.Formatting;

/// <summary>Latitude and longitude as people read them: "25.12° N, 62.32° E".</summary>
public static class Coordinates
{
    public static string Format(double latitude, double longitude) =>
        $"{Part(latitude, "N", "S")}, {Part(longitude, "E", "W")}";

    private static string Part(double value, string positive, string negative) =>
        $"{Formats.Text(Math.Abs(value), "0.00")}° {(value >= 0 ? positive : negative)}";
}
