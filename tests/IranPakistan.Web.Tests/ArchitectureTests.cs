using Mono.Cecil;

namespace IranPakistan.Web.Tests;

/// <summary>
/// Each feature is a whole slice (docs/architecture.md, "Slices and what they may use"): a feature uses
/// Shared, Data and itself, never another feature; Shared uses only Data; and so on. Checked on the
/// compiled IranPakistan.Web.dll, so what Razor generates from the .razor files counts as much as C#.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Lazy<IReadOnlyList<SliceRules.Reference>> _references =
        new(() => SliceRules.ReferencesIn(typeof(Program).Assembly.Location));

    [Fact]
    public void NoSliceUsesWhatItMayNot()
    {
        var violations = SliceRules.Violations(_references.Value);

        Assert.True(violations.Count == 0,
            "These references cross slices in a way docs/architecture.md does not allow; move what both need to " +
            "Shared (or give the feature its own query):" + Environment.NewLine + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TheCheckReadsTheRealReferencesAndReportsAForbiddenOne()
    {
        var references = _references.Value;

        // It read the assembly: a feature's use of Shared and Data is seen, Razor markup included
        // (CitationList is used only from .razor files), and every feature has references.
        Assert.Contains(references, r => r.From.FullName == "IranPakistan.Web.Features.Timeline.TimelineQueries"
            && r.To.FullName == "IranPakistan.Web.Shared.Citations.CitationView");
        Assert.Contains(references, r => r.From.FullName == "IranPakistan.Web.Features.Actors.ActorPage"
            && r.To.FullName == "IranPakistan.Web.Shared.Citations.CitationList");
        Assert.Contains(references, r => r.From.FullName == "IranPakistan.Web.App.Layout.MainLayout"
            && r.To.FullName == "IranPakistan.Web.Features.Search.SiteSearchBox");
        string[] features = ["Actors", "Agreements", "Figures", "Home", "Places", "Search", "Sources", "Timeline", "Topics"];
        Assert.All(features, f => Assert.Contains(references, r => SliceRules.SliceOf(r.From) == $"Features.{f}"));

        // And it tells a forbidden reference from an allowed one.
        SliceRules.Reference[] made =
        [
            new(new("IranPakistan.Web.Features.Places", "PlacePage"), new("IranPakistan.Web.Features.Actors", "ActorQueries")),
            new(new("IranPakistan.Web.Features.Places", "PlacePage"), new("IranPakistan.Web.Features.Places.Map", "PlaceMap")),
            new(new("IranPakistan.Web.Features.Topics", "SourceExcerpt"), new("IranPakistan.Web.Shared.Text", "MarkdownRenderer")),
            new(new("IranPakistan.Web.Shared.Mentions", "MentionExcerpt"), new("IranPakistan.Web.Import", "NameMatcher")),
            new(new("IranPakistan.Web.Import", "SeedValidator"), new("IranPakistan.Web.Shared.Text", "QuoteMatcher")),
            new(new("IranPakistan.Web.Features.Home", "HomePage"), new("IranPakistan.Web.Hosting", "ExplorerOptions")),
            new(new("IranPakistan.Web.Hosting", "FeatureRegistration"), new("IranPakistan.Web.Features.Home", "HomeFeature")),
            new(new("__Blazor.IranPakistan.Web.Features.Search.SearchPage", "TypeInference"), new("IranPakistan.Web.Features.Agreements", "Facet")),
        ];
        Assert.Equal(
            [
                "Features.Home.HomePage → Hosting.ExplorerOptions",
                "Features.Places.PlacePage → Features.Actors.ActorQueries",
                "Features.Search.SearchPage.TypeInference → Features.Agreements.Facet",
                "Shared.Mentions.MentionExcerpt → Import.NameMatcher",
            ],
            SliceRules.Violations(made));
    }
}

/// <summary>
/// The slices of IranPakistan.Web by namespace, what each may use, and every type reference read
/// from the compiled assembly with Mono.Cecil.
/// </summary>
internal static class SliceRules
{
    private const string Root = "IranPakistan.Web";

    public sealed record TypeName(string Namespace, string Name)
    {
        public string FullName => Namespace.Length == 0 ? Name : $"{Namespace}.{Name}";

        /// <summary>"Features.Places.PlacePage": without the assembly's root namespace (and Razor's __Blazor. prefix).</summary>
        public override string ToString() => Trim(FullName.StartsWith("__Blazor.", StringComparison.Ordinal) ? FullName["__Blazor.".Length..] : FullName);

        private static string Trim(string name) => name.StartsWith(Root + ".", StringComparison.Ordinal) ? name[(Root.Length + 1)..] : name;
    }

    public sealed record Reference(TypeName From, TypeName To);

    /// <summary>
    /// The slice a type belongs to: "Features.X" (sub-namespaces such as Features.Places.Map included),
    /// "App", "Shared", "Data", "Import", "Hosting", "Program"; "Root" for the root namespace (only Razor's
    /// _Imports lives there); null for what is not ours (compiler- and generator-made types).
    /// </summary>
    public static string? SliceOf(TypeName type)
    {
        if (type is { Namespace: "", Name: "Program" })
        {
            return "Program";
        }

        // Razor puts type-inference helpers for a component in __Blazor.<component's full name>.
        var ns = type.Namespace.StartsWith("__Blazor.", StringComparison.Ordinal) ? type.Namespace["__Blazor.".Length..] : type.Namespace;
        if (ns == Root)
        {
            return "Root";
        }

        if (!ns.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[(Root.Length + 1)..].Split('.');
        return parts[0] == "Features" && parts.Length > 1 ? $"Features.{parts[1]}" : parts[0];
    }

    /// <summary>May code in slice <paramref name="from"/> use slice <paramref name="to"/>?</summary>
    public static bool MayUse(string from, string to) => from == to || from switch
    {
        "Program" or "Hosting" => true,
        "App" => to is "Shared" or "Data" || to.StartsWith("Features.", StringComparison.Ordinal),
        "Import" => to is "Shared" or "Data",
        "Shared" => to is "Data",
        _ when from.StartsWith("Features.", StringComparison.Ordinal) => to is "Shared" or "Data",
        _ => false, // Data, Root and anything unknown use nothing else of ours
    };

    /// <summary>Each forbidden reference once, as "Features.Places.PlacePage → Features.Actors.ActorQueries", sorted.</summary>
    public static List<string> Violations(IEnumerable<Reference> references) =>
        references
            .Where(r => SliceOf(r.From) is { } from && SliceOf(r.To) is { } to && !MayUse(from, to))
            .Select(r => $"{r.From} → {r.To}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Every reference from a type of the assembly to another of its types. Nested and compiler-generated
    /// types (closures, state machines, Razor's render fragments) count as their outermost declaring type.
    /// Read: base types, interfaces, generic constraints, fields, properties, events, method signatures,
    /// locals, catch types, custom attributes (and typeof arguments), and every type, method and field
    /// operand in method bodies, each with its generic arguments.
    /// </summary>
    public static IReadOnlyList<Reference> ReferencesIn(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var references = new HashSet<Reference>();
        foreach (var type in module.Types)
        {
            var from = NameOf(type);
            foreach (var used in Used(type))
            {
                if (used.Scope == module && NameOf(used) is var to && to != from)
                {
                    references.Add(new Reference(from, to));
                }
            }
        }

        return [.. references];
    }

    private static TypeName NameOf(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return new TypeName(type.Namespace, type.Name);
    }

    private static IEnumerable<TypeReference> Used(TypeDefinition outer)
    {
        foreach (var type in WithNested(outer))
        {
            foreach (var t in Expand(type.BaseType).Concat(type.Interfaces.SelectMany(i => Expand(i.InterfaceType))))
            {
                yield return t;
            }

            foreach (var t in Constraints(type).Concat(Attributes(type)))
            {
                yield return t;
            }

            foreach (var field in type.Fields)
            {
                foreach (var t in Expand(field.FieldType).Concat(Attributes(field)))
                {
                    yield return t;
                }
            }

            foreach (var property in type.Properties)
            {
                foreach (var t in Expand(property.PropertyType).Concat(Attributes(property)))
                {
                    yield return t;
                }
            }

            foreach (var e in type.Events)
            {
                foreach (var t in Expand(e.EventType).Concat(Attributes(e)))
                {
                    yield return t;
                }
            }

            foreach (var method in type.Methods)
            {
                foreach (var t in InMethod(method))
                {
                    yield return t;
                }
            }
        }
    }

    private static IEnumerable<TypeReference> InMethod(MethodDefinition method)
    {
        foreach (var t in Signature(method).Concat(Constraints(method)).Concat(Attributes(method)))
        {
            yield return t;
        }

        foreach (var t in method.Parameters.SelectMany(Attributes).Concat(Attributes(method.MethodReturnType)))
        {
            yield return t;
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var t in method.Body.Variables.SelectMany(v => Expand(v.VariableType))
                     .Concat(method.Body.ExceptionHandlers.SelectMany(h => Expand(h.CatchType))))
        {
            yield return t;
        }

        foreach (var instruction in method.Body.Instructions)
        {
            var used = instruction.Operand switch
            {
                TypeReference t => Expand(t),
                MethodReference m => Expand(m.DeclaringType).Concat(Signature(m))
                    .Concat(m is GenericInstanceMethod g ? g.GenericArguments.SelectMany(Expand) : []),
                FieldReference f => Expand(f.DeclaringType).Concat(Expand(f.FieldType)),
                _ => [],
            };
            foreach (var t in used)
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<TypeDefinition> WithNested(TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);

    private static IEnumerable<TypeReference> Signature(IMethodSignature method) =>
        Expand(method.ReturnType).Concat(method.Parameters.SelectMany(p => Expand(p.ParameterType)));

    private static IEnumerable<TypeReference> Constraints(IGenericParameterProvider provider) =>
        provider.GenericParameters.SelectMany(p => p.Constraints).SelectMany(c => Expand(c.ConstraintType));

    private static IEnumerable<TypeReference> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(a => Expand(a.AttributeType).Concat(
            a.ConstructorArguments.Concat(a.Properties.Select(p => p.Argument)).Concat(a.Fields.Select(f => f.Argument))
                .SelectMany(ArgumentTypes)));

    // typeof(X) arguments, also inside arrays (params Type[]).
    private static IEnumerable<TypeReference> ArgumentTypes(CustomAttributeArgument argument) => argument.Value switch
    {
        TypeReference t => Expand(t),
        CustomAttributeArgument[] values => values.SelectMany(ArgumentTypes),
        CustomAttributeArgument inner => ArgumentTypes(inner),
        _ => [],
    };

    /// <summary>The type itself and, for arrays, pointers, by-refs and generic instances, what they are made of.</summary>
    private static IEnumerable<TypeReference> Expand(TypeReference? type) => type switch
    {
        null or GenericParameter => [],
        GenericInstanceType g => Expand(g.ElementType).Concat(g.GenericArguments.SelectMany(Expand)),
        TypeSpecification s => Expand(s.ElementType),
        _ => [type],
    };
}
