using System.Net;

namespace IranPakistan.Web.Tests.App;

/// <summary>
/// tests/page-kinds.txt, the list of every kind of page that the HTML validator and the browser checks
/// run over, still names pages that answer as it says (without Java or a browser).
/// </summary>
public sealed class PageKindsTests(ExplorerFactory factory) : IClassFixture<ExplorerFactory>
{
    public static TheoryData<string, int, string> Lines
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            foreach (var page in PageKinds.All)
            {
                data.Add(page.Kind, page.Status, page.Address);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task EachListedPageAnswersWithItsStatus(string kind, int status, string address)
    {
        using var response = await factory.Client.GetAsync(address);

        Assert.True((HttpStatusCode)status == response.StatusCode, $"{kind}: {address} answered {(int)response.StatusCode}, the list says {status}");
    }
}
