// The API reference page (/api): Scalar, served from the Scalar.AspNetCore package under /api (no CDN),
// started from this file rather than an inline script so the page's CSP can stay script-src 'self'.
import { initialize } from '/api/scalar.aspnetcore.js';

initialize(
    '%2Fapi',
    false,
    {
        withDefaultFonts: false,
        favicon: '/favicon.svg',
        _integration: 'dotnet',
        sources: [{ title: 'v1', url: '/openapi/v1.json' }],
    },
    '');
