namespace IranPakistan.Web.Features.Agreements;

/// <summary>The agreements slice's registration, composed by Hosting.</summary>
public static class AgreementsFeature
{
    /// <summary>The agreements tracker's query service.</summary>
    public static IServiceCollection AddAgreements(this IServiceCollection services) =>
        services.AddScoped<AgreementQueries>();

    /// <summary>/api/agreements and /api/agreements/{slug}.</summary>
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder api) => AgreementsApi.Map(api);
}
