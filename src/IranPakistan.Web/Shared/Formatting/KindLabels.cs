using IranPakistan.Web.Data;
using IranPakistan.Web.Data.Entities;

namespace IranPakistan.Web.Shared.Formatting;

/// <summary>Kinds of actor and place as group headings ("Militant groups", "Border crossings").</summary>
public static class KindLabels
{
    public static string Plural(ActorKind kind) => kind switch
    {
        ActorKind.Country => "Countries",
        ActorKind.Person => "People",
        ActorKind.GovernmentBody => "Government bodies",
        ActorKind.InternationalOrganisation => "International organisations",
        ActorKind.Forum => "Forums and initiatives",
        ActorKind.MilitantGroup => "Militant groups",
        ActorKind.Institution => "Institutions",
        ActorKind.Community => "Communities",
        _ => Vocabulary.Label(kind),
    };

    public static string Plural(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "Countries",
        PlaceKind.Province => "Provinces",
        PlaceKind.Region => "Regions",
        PlaceKind.City => "Cities",
        PlaceKind.BorderCrossing => "Border crossings",
        PlaceKind.Port => "Ports",
        PlaceKind.Shrine => "Shrines",
        _ => Vocabulary.Label(kind),
    };
}
