namespace IranPakistan.Web.Components.Shared;

/// <summary>An actor, place or topic a page links to, with the kind it is grouped under.</summary>
public sealed record MentionView(string Slug, string Name, string Kind, string Href);
