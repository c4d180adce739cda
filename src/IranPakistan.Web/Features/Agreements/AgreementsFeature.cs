using IranPakistan.Web.Shared.Api;

namespace IranPakistan.Web.Features.Agreements;

/// <summary>The agreements slice's registration, composed by Hosting.</summary>
public static class AgreementsFeature
{
    /// <summary>The agreements tracker's query service.</summary>
    public static IServiceCollection AddAgreements(this IServiceCollection services) =>
        services.AddScoped<AgreementQueries>()
            .AddDatasetTable(new DatasetTable(
                "agreements", "Agreements and commitments", "Every agreement, MoU, joint commitment, project, target and joint position the source names, with what became of it, newest first.",
                typeof(AgreementsApi.AgreementRow), "slug", async (sp, site, ct) => (await AgreementsApi.AllRowsAsync(sp.GetRequiredService<AgreementQueries>(), site, ct)).Cast<object?>(),
                new Dictionary<string, string>
                {
                    ["status"] = "What became of it, as the source reports (a fixed vocabulary).",
                    ["between"] = "Who it is between: bilateral (Iran and Pakistan alone), multilateral (with other parties) or other (one side with a third country).",
                }));

    /// <summary>/api/agreements and /api/agreements/{slug}.</summary>
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder api) => AgreementsApi.Map(api);
}
