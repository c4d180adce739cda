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
            foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot.Path, "tests", "page-kinds.txt")))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 0 && !fields[0].StartsWith('#'))
                {
                    Assert.Equal(3, fields.Length);
                    data.Add(fields[0], int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), fields[2]);
                }
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
