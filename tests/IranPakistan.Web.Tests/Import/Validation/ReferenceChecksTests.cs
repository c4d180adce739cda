using IranPakistan.Web.Data.Entities;
using IranPakistan.Web.Import;
using IranPakistan.Web.Import.Validation;

namespace IranPakistan.Web.Tests.Import.Validation;

/// <summary>Slugs are well-formed and used once; a reference to nothing is flagged as such.</summary>
public sealed class ReferenceChecksTests
{
    private readonly List<SeedError> _errors = [];
    private readonly ValidationRun _run;

    public ReferenceChecksTests() => _run = new ValidationRun(_errors);

    [Fact]
    public void SlugsAreRegisteredBeforeAnythingIsFilledIn()
    {
        ReferenceChecks.Register(_run, "actors.yaml", new SeedFile { Actors = [new ActorSeed { Slug = "iran" }], Figures = [new FigureSeed { Slug = "trade" }] });

        Assert.Empty(_errors);
        Assert.Equal("iran", Assert.Single(_run.Actors).Value.Slug);
        Assert.Equal("trade", Assert.Single(_run.Figures).Value.Slug);
    }

    [Theory]
    [InlineData(null, "a actor needs a 'slug'")]
    [InlineData("Iran", "actor slug 'Iran' may hold only a-z, 0-9 and '-'")]
    [InlineData("iran pakistan", "actor slug 'iran pakistan' may hold only a-z, 0-9 and '-'")]
    public void ABadSlugIsReportedAndNotRegistered(string? slug, string message)
    {
        ReferenceChecks.Register(_run, "actors.yaml", new SeedFile { Actors = [new ActorSeed { Slug = slug, Line = 5 }] });

        Assert.Equal($"actors.yaml:5: {message}", Assert.Single(_errors).ToString());
        Assert.Empty(_run.Actors);
    }

    [Fact]
    public void ASlugUsedTwiceIsReportedAtTheSecond()
    {
        ReferenceChecks.Register(_run, "a.yaml", new SeedFile { Places = [new PlaceSeed { Slug = "saravan", Line = 3 }] });
        ReferenceChecks.Register(_run, "b.yaml", new SeedFile { Places = [new PlaceSeed { Slug = "saravan", Line = 9 }] });

        Assert.Equal("b.yaml:9: place slug 'saravan' is used twice", Assert.Single(_errors).ToString());
    }

    [Fact]
    public void AnUnknownReferenceIsFlaggedSoABrokenFileCanHoldItBack()
    {
        var file = new FileContext(_run, "events.yaml", null);

        Assert.Null(file.Reference(new EventSeed { Line = 4 }, _run.Actors, "nobody", "actor"));

        var error = Assert.Single(_errors);
        Assert.Equal("events.yaml:4: unknown actor 'nobody'", error.ToString());
        Assert.True(error.IsUnknownReference);
    }

    [Fact]
    public void AnEmptyReferenceIsAPlainError()
    {
        var file = new FileContext(_run, "events.yaml", null);

        Assert.Null(file.Reference(new EventSeed { Line = 4 }, _run.Actors, " ", "actor"));

        Assert.False(Assert.Single(_errors).IsUnknownReference);
    }

    [Fact]
    public void ReferencesResolveEachSlugOnce()
    {
        var iran = new Actor { Slug = "iran", Name = "Iran", Description = "" };
        _run.Actors["iran"] = iran;
        var file = new FileContext(_run, "agreements.yaml", null);

        Assert.Equal([iran], file.References(new AgreementSeed(), _run.Actors, ["iran", "iran"], "actor"));
        Assert.Empty(_errors);
    }

    [Fact]
    public void ADefaultSourceMustBeASource()
    {
        ReferenceChecks.CheckDefaultSource(new FileContext(_run, "topics.yaml", "elsewhere"));

        Assert.Equal("topics.yaml:1: default_source 'elsewhere' is not a source in seeds/sources/", Assert.Single(_errors).ToString());
    }
}
