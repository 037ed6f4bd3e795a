using System.Collections.Immutable;
using System.Text;
using IncidentLang.Binding;
using IncidentLang.Syntax;

namespace IncidentLang.Fuzz;

/// <summary>
/// The structure-aware mode (<c>--structured</c>): the fuzzer's bytes are choices, not text. Each byte picks the
/// next declaration, property, value or piece of trivia from the language schema (<see cref="LanguageSchema"/>),
/// so most inputs parse, many compile without errors, and the binder, the analyzers, the emitters and the
/// formatter see far more well-formed reports than byte mutations of .inc files reach. Most declarations are
/// written carefully (a fresh name, every required property first, values of the right type, references only
/// to declarations already written), so whole incidents compile and are emitted; the others, and a few
/// choices in any, write a misplaced declaration, an unknown property, a value of the wrong type or a stray character.
/// The same bytes always give the same text; when the bytes run out every choice is the first one.
/// </summary>
internal sealed class StructuredInput
{
    private static readonly string[] Names = ["a", "b", "crew", "fbi", "x-1", "CVE-2023-34362", "T1190", "victim"];
    private static readonly string[] Strings =
    [
        "\"text\"", "\"\"", "\"https://example.com/a?b=c\"", "\"hxxps://evil[.]example/x\"", "\"say \\\"hi\\\"\\n\"",
        "\"\\u{1F600} \\u{202E}\"", "\u201Ctypographic\u201D", "\"unterminated", "\"bad \\q escape\"",
        "\"<script>alert(1)</script>\"", "\"javascript:alert(1)\"", "\"198.51.100.7 was seen\"", "\"a\tb\"",
    ];
    private static readonly string[] Dates = ["2024-11-15", "2024-11", "2024", "2024-02-30", "2024-11-15T14:30Z", "21 Feb 2024", "2999-01-01", "1999-12-31", "2024-1-5", "21/02/2024"];
    private static readonly string[] Integers = ["0", "42", "100", "101", "190_000_000", "99999999999999999999", "7.5"];
    private static readonly string[] Decimals = ["9.8", "10.5", "0.0", "7", "10", "-"];
    private static readonly string[] Booleans = ["true", "false", "yes"];
    private static readonly string[] Countries = ["US", "GB", "XX", "us", "USA"];
    private static readonly string[] Currencies = ["USD", "EUR", "XXX", "usd"];
    private static readonly string[] AttackIds = ["T1190", "T1078.004", "TA0001", "G0016", "S0002", "S0154", "T9999", "T1086", "G9999"];
    private static readonly string[] Cves = ["CVE-2023-34362", "CVE-1998-1", "CVE-", "CVE-2024-0001"];
    private static readonly string[] Odd = ["TLP:AMBER", "amber+strict", "bogus", "[x]", "{", "12:30", "\u00AB\u00BB"];
    private static readonly string[] Trivia = ["// comment", "/* block */ ", "/* multi\n line */", "// inc-disable-next-line INC2003", "// inc-disable-file INC2017"];

    private readonly byte[] _bytes;
    private readonly StringBuilder _text = new();
    private readonly List<(DeclarationKind Kind, string Name)> _declared = [];
    private int _position;
    private string _newLine = "\n";

    private StructuredInput(byte[] bytes) => _bytes = bytes;

    /// <summary>The report these bytes choose.</summary>
    public static string Generate(ReadOnlySpan<byte> bytes)
    {
        var input = new StructuredInput(bytes.ToArray());
        input.Write();
        return input._text.ToString();
    }

    private int Next() => _position < _bytes.Length ? _bytes[_position++] : 0;

    private int Choose(int count) => count <= 1 ? 0 : Next() % count;

    private T Pick<T>(IReadOnlyList<T> items) => items[Choose(items.Count)];

    /// <summary>True with probability 1/<paramref name="odds"/> (never once the bytes ran out).</summary>
    private bool OneIn(int odds) => _position < _bytes.Length && Next() % odds == odds - 1;

    private void Write()
    {
        _newLine = OneIn(8) ? "\r\n" : "\n";
        var declarations = 1 + Choose(3);
        var topLevel = LanguageSchema.All.Where(d => d.AllowedAtTopLevel).ToImmutableArray();
        for (var i = 0; i < declarations; i++)
        {
            var definition = OneIn(3) ? Pick(topLevel) : LanguageSchema.Incident;
            if (OneIn(32))
            {
                definition = Pick(LanguageSchema.All); // maybe one that must not be at the top level (INC1012)
            }

            WriteDeclaration(definition, 0);
            Line(0, string.Empty);
        }

        WriteTrivia(0);
    }

    private void WriteDeclaration(DeclarationDefinition definition, int depth)
    {
        WriteTrivia(depth);
        var careful = !OneIn(4);
        var header = definition.Keyword;
        if (definition.RequiresName || OneIn(4))
        {
            var name = careful ? FreshName(definition.Kind) : Pick(Names);
            _declared.Add((definition.Kind, name));
            header += " " + name;
        }

        Line(depth, header + " {");
        var written = new HashSet<string>(StringComparer.Ordinal);
        if (careful)
        {
            if (definition.Kind == DeclarationKind.Indicator)
            {
                // The value must be one of its kind: write the pair together.
                var kind = Pick(IndicatorKinds.All);
                Line(depth + 1, "kind: " + kind.Name);
                Line(depth + 1, "value: " + Quote(OneIn(2) ? kind.Defang(kind.Example) : kind.Example));
                written.UnionWith(["kind", "value"]);
            }

            foreach (var required in definition.Properties.Where(p => p.IsRequired && !written.Contains(p.Name)))
            {
                WriteProperty(definition, required, depth + 1, careful: true);
                written.Add(required.Name);
            }
        }

        var members = Choose(10);
        for (var i = 0; i < members; i++)
        {
            WriteTrivia(depth + 1);
            if (definition.Kind == DeclarationKind.Incident && OneIn(2) || OneIn(48))
            {
                var nested = LanguageSchema.All.Where(d => d.Kind != DeclarationKind.Incident || OneIn(16)).ToImmutableArray();
                if (depth < 3)
                {
                    WriteDeclaration(Pick(nested), depth + 1);
                    continue;
                }
            }

            var property = Pick(definition.Properties);
            if (careful && !written.Add(property.Name))
            {
                continue;
            }

            WriteProperty(definition, property, depth + 1, careful);
        }

        Line(depth, "}");
    }

    private string FreshName(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Vulnerability when OneIn(2) => "CVE-2023-" + (34362 + _declared.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => kind.ToString().ToLowerInvariant() + "-" + _declared.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private void WriteProperty(DeclarationDefinition definition, PropertyDefinition property, int depth, bool careful)
    {
        string value;
        if (careful)
        {
            var candidate = CarefulValue(definition, property);
            if (candidate is null)
            {
                return;
            }

            value = candidate;
        }
        else
        {
            value = property.IsList || OneIn(24) ? List(property, depth) : Value(property);
        }

        var name = !careful && OneIn(32) ? "bogus" : !property.Aliases.IsDefaultOrEmpty && OneIn(4) ? Pick(property.Aliases) : property.Name;
        var stray = !careful && OneIn(64) ? ((char)Next()).ToString() : string.Empty;
        Line(depth, name + ":" + (OneIn(16) ? string.Empty : " ") + value + stray + (OneIn(16) ? " // trailing" : string.Empty));
    }

    /// <summary>A value of the right type (null when a reference has nothing to refer to yet).</summary>
    private string? CarefulValue(DeclarationDefinition definition, PropertyDefinition property)
    {
        if (property.Type == PropertyType.Reference)
        {
            var targets = _declared.Where(d => property.ReferenceKinds.Contains(d.Kind)).Select(d => d.Name).Distinct().ToList();
            if (targets.Count == 0)
            {
                return null;
            }

            if (!property.IsList)
            {
                return Pick(targets);
            }

            var count = 1 + Choose(Math.Min(3, targets.Count));
            return "[" + string.Join(", ", targets.Skip(Choose(targets.Count)).Take(count)) + "]";
        }

        var single = property.Type switch
        {
            PropertyType.String => property.Name == "url" ? "\"https://example.com/report\"" : OneIn(4) ? StringValue() : "\"Some text.\"",
            PropertyType.Url => "\"https://example.com/report\"",
            PropertyType.Date => "2024-11-15",
            PropertyType.Integer => "42",
            PropertyType.Decimal => "9.8",
            PropertyType.Boolean => Pick(Booleans[..2]),
            PropertyType.Country => "US",
            PropertyType.Currency => "USD",
            PropertyType.Cve => "CVE-2023-34362",
            PropertyType.AttackId => definition.Kind switch
            {
                DeclarationKind.Actor => "G0016",
                DeclarationKind.Malware => "S0154",
                DeclarationKind.Tool => "S0002",
                _ => Pick(["T1190", "T1078.004", "T1566"]),
            },
            PropertyType.Enum or PropertyType.Confidence when !property.Vocabulary.IsDefaultOrEmpty => Pick(property.Vocabulary).Name,
            PropertyType.Confidence => "80",
            _ => "\"Some text.\"",
        };
        return property.IsList ? "[" + single + "]" : single;
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private string List(PropertyDefinition property, int depth)
    {
        var count = Choose(4);
        var items = new List<string>();
        for (var i = 0; i < count; i++)
        {
            items.Add(Value(property));
        }

        if (OneIn(4))
        {
            var indentation = new string(' ', 2 * (depth + 1));
            return "[" + _newLine + string.Concat(items.Select(item => indentation + item + "," + _newLine)) + new string(' ', 2 * depth) + "]";
        }

        return "[" + string.Join(", ", items) + (OneIn(8) ? "," : string.Empty) + "]";
    }

    private string Value(PropertyDefinition property)
    {
        if (OneIn(24))
        {
            return Pick(Odd);
        }

        return property.Type switch
        {
            PropertyType.String or PropertyType.Url => StringValue(),
            PropertyType.Date => Pick(Dates),
            PropertyType.Integer => Pick(Integers),
            PropertyType.Decimal => Pick(Decimals),
            PropertyType.Boolean => Pick(Booleans),
            PropertyType.Country => Pick(Countries),
            PropertyType.Currency => Pick(Currencies),
            PropertyType.AttackId => Pick(AttackIds),
            PropertyType.Cve => Pick(Cves),
            PropertyType.Reference => Pick(Names),
            PropertyType.Enum or PropertyType.Confidence when !property.Vocabulary.IsDefaultOrEmpty && !OneIn(8) => Pick(property.Vocabulary).Name,
            PropertyType.Confidence => Pick(Integers),
            _ => Pick(Names),
        };
    }

    private string StringValue()
    {
        switch (Choose(4))
        {
            case 0:
                // A value of an indicator kind, live or defanged, so indicators validate and reach STIX patterns.
                var kind = Pick(IndicatorKinds.All);
                return Quote(OneIn(2) ? kind.Defang(kind.Example) : kind.Example);
            case 1:
                return "\"\"\"" + _newLine + "    First line." + _newLine + _newLine + "    Second " + Pick(Names) + "." + _newLine + "    \"\"\"";
            default:
                return Pick(Strings);
        }
    }

    private void WriteTrivia(int depth)
    {
        if (OneIn(6))
        {
            var trivia = Pick(Trivia);
            if (trivia.StartsWith("//", StringComparison.Ordinal))
            {
                Line(depth, trivia);
            }
            else
            {
                Indent(depth);
                _text.Append(trivia);
            }
        }

        if (OneIn(8))
        {
            _text.Append(_newLine);
        }
    }

    private void Indent(int depth) => _text.Append(' ', 2 * depth);

    private void Line(int depth, string text)
    {
        if (text.Length > 0)
        {
            Indent(depth);
            _text.Append(text);
        }

        _text.Append(_newLine);
    }
}
