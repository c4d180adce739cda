using IranPakistan.Web.Shared.Links;

namespace IranPakistan.Web.Hosting;

public static class SecurityHeaders
{
    // Blazor's script and the interactive circuit's WebSocket are same-origin; nothing else loads.
    private const string Sources =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";

    /// <summary>Every page but the embeds: never in a frame (clickjacking).</summary>
    public const string ContentSecurityPolicy = Sources + "frame-ancestors 'none'";

    /// <summary>/embed/…: made to be framed by any site (the embeds); nothing else differs.</summary>
    public const string EmbedContentSecurityPolicy = Sources + "frame-ancestors *";


    // The API reference (/api): Scalar adds <style> elements as it renders; scripts stay 'self'.
    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            var embed = Urls.IsEmbed(context.Request.Path);
            headers.ContentSecurityPolicy = embed ? EmbedContentSecurityPolicy
                : context.Request.Path == OpenDataHosting.ReferencePath ? ApiReferencePolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            if (!embed)
            {
                // Only where framing is forbidden: X-Frame-Options has no "anyone" value.
                headers.XFrameOptions = "DENY";
            }

            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // Nothing here is meant to be fetched by other sites (the /embed views are framed, which CORP does not govern).
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            await next();
        });
}
