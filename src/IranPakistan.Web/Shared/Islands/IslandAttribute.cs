namespace IranPakistan.Web.Shared.Islands;

/// <summary>
/// Marks a component that can run as an island started on demand, under the name islands.js starts
/// it by. The app registers every component so marked (RegisterForJavaScript); pages show it with
/// <c>&lt;Island TComponent="…"&gt;</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IslandAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>Every island component in the app, with its name.</summary>
    public static IEnumerable<(Type Component, string Name)> All() =>
        typeof(IslandAttribute).Assembly.GetTypes()
            .Select(t => (Component: t, Attribute: (IslandAttribute?)GetCustomAttribute(t, typeof(IslandAttribute))))
            .Where(t => t.Attribute is not null)
            .Select(t => (t.Component, t.Attribute!.Name));
}
