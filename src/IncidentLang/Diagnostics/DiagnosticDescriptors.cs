using System.Collections.Immutable;

namespace IncidentLang.Diagnostics;

/// <summary>
/// The diagnostics the compiler itself reports: syntax, semantics, configuration, the emit gate
/// (INC2011), the judgement changes <c>inc diff</c> finds (INC2018), unused suppressions (INC2099)
/// and internal errors. Each analytic rule declares its own descriptor in its file
/// (<c>Analyzers/Rules</c>); <see cref="DiagnosticCatalog"/> gathers both, and <c>inc explain</c>,
/// SARIF and <c>docs/diagnostics.md</c> read the catalog.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    // ---------------------------------------------------------------- INC0xxx syntax

    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "INC0001", "Unexpected character", "{0}", Error, DiagnosticCategory.Syntax,
        "Outside strings and comments, only identifiers, numbers, dates, strings and the punctuation `{ } [ ] : ,` may appear. The character is skipped and parsing goes on. Typographic quotes (“ ” ‘ ’ « », as a word processor writes them) are read as the string they meant, and reported once: write straight quotes `\"…\"` (the fix does).",
        "title: \"Breach\" ;", "title: \"Breach\"");

    public static readonly DiagnosticDescriptor Unterminated = new(
        "INC0002", "Unterminated string or comment", "{0}", Error, DiagnosticCategory.Syntax,
        "A one-line string must close with `\"` on the same line (it ends at the end of the line otherwise); a `\"\"\"` string and a `/* */` comment must be closed before the end of the file.",
        "text: \"T-Mobile said", "text: \"T-Mobile said\"");

    public static readonly DiagnosticDescriptor InvalidEscape = new(
        "INC0003", "Invalid escape sequence", "Invalid escape sequence '{0}'; valid escapes are \\\" \\\\ \\n \\t \\r and \\u{{hex}}", Error, DiagnosticCategory.Syntax,
        "In a one-line string, a backslash starts an escape: `\\\"`, `\\\\`, `\\n`, `\\t`, `\\r` or `\\u{1F600}` (1 to 6 hex digits naming a Unicode scalar value). Write `\\\\` for a literal backslash, or use a `\"\"\"` string, where nothing is escaped.",
        "path: \"C:\\temp\"", "path: \"C:\\\\temp\"");

    public static readonly DiagnosticDescriptor ExpectedToken = new(
        "INC0004", "Missing token", "Expected {0}", Error, DiagnosticCategory.Syntax,
        "Something the grammar needs is missing here. The parser reports it once and goes on as if it were there, so `date 2024-11-15` is read as `date: 2024-11-15`.",
        "date 2024-11-15", "date: 2024-11-15");

    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "INC0005", "Unexpected token", "Unexpected {0}", Error, DiagnosticCategory.Syntax,
        "This token cannot appear here. The parser skips it and continues. Declarations are `keyword name { ... }`, properties `name: value`, lists `[a, b]`.",
        "actors: [salt-typhoon ghost-emperor]", "actors: [salt-typhoon, ghost-emperor]");

    public static readonly DiagnosticDescriptor MalformedDate = new(
        "INC0006", "Malformed or impossible date", "{0}", Error, DiagnosticCategory.Syntax,
        "Dates are `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or an offset such as `+08:00`; the precision you write is kept. The date must exist in the calendar (no 30 February).",
        "reported: 2024-02-30", "reported: 2024-02-29");

    public static readonly DiagnosticDescriptor IntegerOutOfRange = new(
        "INC0007", "Number out of range", "Number '{0}' is out of range (integers are 0 to 9223372036854775807)", Error, DiagnosticCategory.Syntax,
        "Integers are whole numbers from 0 to 9223372036854775807 (digits may be grouped with '_': 190_000_000); decimals have at most 28 significant digits.",
        "count: 99999999999999999999", "count: 190_000_000");

    public static readonly DiagnosticDescriptor InvalidUtf8 = new(
        "INC0008", "Invalid UTF-8", "The file is not valid UTF-8: an invalid byte sequence was read as U+FFFD", Error, DiagnosticCategory.Syntax,
        "Files are UTF-8 (with or without a BOM). The file contains bytes that are not UTF-8, often because it was saved as Windows-1252 or Latin-1. Re-save it as UTF-8.",
        null, null);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "INC0009", "File too large", "The file is {0:N0} bytes, more than the limit of {1:N0} bytes (50 MB); it is not parsed", Error, DiagnosticCategory.Syntax,
        "A file larger than 50 MB (52,428,800 bytes; for a text an editor holds, its UTF-8 length) is not read or parsed: it is reported once, at its start, and contributes no declarations. Real reports are a few kilobytes; a file this large is generated or hostile, and parsing it would cost gigabytes of memory. Split it into several files (a project compiles a folder of them).",
        null, null);

    public static readonly DiagnosticDescriptor LineTooLong = new(
        "INC0010", "Line too long", "Line {0:N0} is {1:N0} characters long; lines longer than {2:N0} characters are not parsed beyond that", Error, DiagnosticCategory.Syntax,
        "A line may hold at most 10,000 characters (UTF-16 code units), some forty times the longest line of the examples: a long paragraph in a one-line string or a long URL fits. What lies beyond that on the line, and any token that reaches past it (a string that starts before it, say), is skipped, not parsed, so a 10 MB line or string costs no more than its reading. Break the text into several lines (a `\"\"\"` string may span lines).",
        null, null);

    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "INC0011", "Nesting too deep", "'{0}' opens level {1} of nesting; at most {2} levels are read, and the nested part up to its matching '{3}' is skipped", Error, DiagnosticCategory.Syntax,
        "The language nests three levels at most (incident, declaration, list); braces and brackets nested more than 32 deep are taken out of the parser's view, from the opener that goes too deep to its matching closer, with this one diagnostic for the file. So no input, not even 100,000 `[` in a row, can overflow the parser's stack.",
        "tags: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"x\"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "tags: [\"x\"]");

    public static readonly DiagnosticDescriptor TooManyDiagnostics = new(
        "INC0012", "Too many diagnostics", "{0:N0} more diagnostics in this file are not shown ({1}); a file reports at most {2:N0}", Warning, DiagnosticCategory.Syntax,
        "A file reports at most 1,000 diagnostics (after rule levels and suppression comments apply), in order of position; the rest are summed up in this one diagnostic, at the first one not shown. Its severity is the highest of those it stands for, so a file whose hidden diagnostics include an error still fails the check, and the incidents they lie in are still not built. Fix the first ones and check again: most floods are one mistake repeated.",
        null, null);

    // ---------------------------------------------------------------- INC1xxx semantic

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        "INC1001", "Unknown property", "Unknown property '{0}' for {1}{2}", Error, DiagnosticCategory.Semantic,
        "Each kind of declaration has a fixed set of properties (see `docs/language.md`). A misspelt name is reported with the nearest valid one, which the fix writes; when the declaration already gives that one, the message says so and there is no fix (it would give the property twice).",
        "source wsj { reliabilty: B }", "source wsj { reliability: B }");

    public static readonly DiagnosticDescriptor MissingRequiredProperty = new(
        "INC1002", "Required property missing", "{0} '{1}' is missing the required property '{2}'", Error, DiagnosticCategory.Semantic,
        "Some properties must always be given: an incident's `title` and `reported`, every source's `name` and `kind`, the `name` of actors and targets, a claim's `text`, a statement's `by`, an event's `date` and `text`.",
        "source wsj { name: \"The Wall Street Journal\" }", "source wsj { name: \"The Wall Street Journal\" kind: press }");

    public static readonly DiagnosticDescriptor DuplicateProperty = new(
        "INC1003", "Property given twice", "Property '{0}' is already given for this {1}", Error, DiagnosticCategory.Semantic,
        "A property may be given once per declaration. `actor:` and `actors:` (and likewise `target`/`targets`, `source`/`sources`) are the same property. Merge the values into one list.",
        "sources: [wsj]\nsources: [reuters]", "sources: [wsj, reuters]");

    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(
        "INC1004", "Duplicate declaration name", "The name '{0}' is already declared in this {1}", Error, DiagnosticCategory.Semantic,
        "Each scope (the top level of the compilation; each incident) has one namespace shared by all declaration kinds, so `source wsj` and `actor wsj` in one incident collide. Rename one of them.",
        "source wsj { ... }\nactor wsj { ... }", "source wsj { ... }\nactor wsj-reporters { ... }");

    public static readonly DiagnosticDescriptor UndefinedReference = new(
        "INC1005", "Undefined reference", "Undefined reference '{0}'{1}", Error, DiagnosticCategory.Semantic,
        "Names are looked up first in the enclosing incident, then among the top-level declarations of the compilation (including the project's catalog files). Check the spelling, or declare the name (the suggestion is never a name the same list already has: fixing `[wsj, wsjj]` into `[wsj, wsj]` would hide a missing source). When you check a single file, pass its folder too (or list its catalogs in `incidentlang.json`) so shared declarations are found.",
        "sources: [wsjj]", "sources: [wsj]");

    public static readonly DiagnosticDescriptor WrongReferenceKind = new(
        "INC1006", "Reference to the wrong kind", "'{0}' is {1}, but '{2}' expects {3}", Error, DiagnosticCategory.Semantic,
        "The property expects a declaration of another kind: `actors` lists actors, `targets` targets, `sources` and `via` sources, `regarding` claims, and `by` an actor, target or source.",
        "actors: [wsj]   // wsj is a source", "sources: [wsj]");

    public static readonly DiagnosticDescriptor ValueNotInVocabulary = new(
        "INC1007", "Value not in vocabulary", "'{0}' is not a valid value for '{1}'{2}", Error, DiagnosticCategory.Semantic,
        "The property takes one of a fixed set of values (listed in `docs/language.md`). A misspelt value is reported with the nearest valid one.",
        "confidence: moderat", "confidence: moderate");

    public static readonly DiagnosticDescriptor WrongValueType = new(
        "INC1008", "Wrong value type", "'{0}' expects {1}, but the value is {2}", Error, DiagnosticCategory.Semantic,
        "The value has the wrong shape for the property: a string where a date is expected, a list where a single value is expected, and so on.",
        "reported: \"15 November 2024\"", "reported: 2024-11-15");

    public static readonly DiagnosticDescriptor UnknownCountry = new(
        "INC1009", "Unknown country code", "'{0}' is not an ISO 3166-1 alpha-2 country code{1}", Error, DiagnosticCategory.Semantic,
        "Countries are officially assigned ISO 3166-1 alpha-2 codes in capitals: `CN`, `US`, `GB`, `RU`. `UK`, `EU` and `XK` are not assigned codes.",
        "country: UK", "country: GB");

    public static readonly DiagnosticDescriptor InvalidUrl = new(
        "INC1010", "Invalid URL", "'{0}' is not a valid URL: {1}", Error, DiagnosticCategory.Semantic,
        "A `url` must be an absolute URI with the scheme `http` or `https` and a host, e.g. `https://www.cisa.gov/`.",
        "url: \"www.wsj.com/articles/x\"", "url: \"https://www.wsj.com/articles/x\"");

    public static readonly DiagnosticDescriptor IntegerOutOfPropertyRange = new(
        "INC1011", "Integer out of the property's range", "'{0}' must be between {1} and {2}, but is {3}", Error, DiagnosticCategory.Semantic,
        "Numeric properties have a range: `confidence` 0–100 (the STIX scale), `credibility` 1–6 (Admiralty).",
        "credibility: 7", "credibility: 2");

    public static readonly DiagnosticDescriptor DeclarationNotAllowedHere = new(
        "INC1012", "Declaration not allowed here", "{0}", Error, DiagnosticCategory.Semantic,
        "At the top level of a file only `incident` and the catalog declarations `source`, `actor` and `target` may appear. Inside an incident: `source`, `actor`, `target`, `claim`, `statement`, `event`. Nothing nests deeper.",
        "claim c1 { ... }   // at top level", "incident x { ... claim c1 { ... } }");

    public static readonly DiagnosticDescriptor MissingDeclarationName = new(
        "INC1013", "Missing declaration name", "This {0} needs a name, e.g. '{0} my-{0} {{'", Error, DiagnosticCategory.Semantic,
        "Every declaration except `event` is named, so it can be referenced and so outputs have stable ids.",
        "source { name: \"Reuters\" kind: press }", "source reuters { name: \"Reuters\" kind: press }");

    public static readonly DiagnosticDescriptor StatementWithoutContent = new(
        "INC1014", "Statement without quote or text", "Statement '{0}' has neither 'quote' nor 'text'", Error, DiagnosticCategory.Semantic,
        "A statement records what a party said: give its verbatim words as `quote`, a paraphrase as `text`, or both.",
        "statement tmo { by: t-mobile }", "statement tmo { by: t-mobile text: \"Its systems were not significantly affected.\" }");

    public static readonly DiagnosticDescriptor LocalShadowsTopLevel = new(
        "INC1015", "Local declaration shadows a top-level one", "'{0}' in incident '{1}' hides the top-level {2} '{0}'", Warning, DiagnosticCategory.Semantic,
        "Inside this incident, references to the name now mean the local declaration, not the shared catalog one. Rename one of them, or delete the local copy and use the catalog's.",
        "source cisa { ... }   // also in catalog/agencies.inc", "(delete the local source; references resolve to the catalog)");

    public static readonly DiagnosticDescriptor IncidentNamesDifferInCase = new(
        "INC1016", "Incident names differ only in case", "Incident '{0}' differs from incident '{1}' only in letter case; their output files would collide", Error, DiagnosticCategory.Semantic,
        "Outputs are named after incidents (`salt-typhoon.html`). On case-insensitive file systems (Windows, macOS) two names that differ only in case would overwrite each other's briefing.",
        "incident Salt-Typhoon { ... }  incident salt-typhoon { ... }", "incident salt-typhoon-2025 { ... }");

    public static readonly DiagnosticDescriptor UnknownAttackId = new(
        "INC1017", "Unknown ATT&CK ID", "{0}", Error, DiagnosticCategory.Semantic,
        "An ATT&CK slot (`attack-id`, `techniques`) takes an ID of the expected kind from the MITRE ATT&CK data shipped with the compiler (Enterprise, see `docs/attack.md`): `T1190` or `T1078.004` for techniques, `G1045` for groups, `S0002` for software. An unknown, malformed or other-kind ID is an error; the message suggests the nearest ID, and the ID of a technique, group or software whose name was written instead (never an ID the same list already has).",
        "techniques: [T1909]", "techniques: [T1190]");

    public static readonly DiagnosticDescriptor MalformedCve = new(
        "INC1018", "Malformed CVE ID", "'{0}' is not a CVE ID: {1}", Error, DiagnosticCategory.Semantic,
        "CVE IDs are written `CVE-YYYY-NNNN`: 'CVE', a year from 1999, and a sequence number of four or more digits.",
        "cve: CVE-23-34362", "cve: CVE-2023-34362");

    public static readonly DiagnosticDescriptor RangeEndsBeforeStart = new(
        "INC1019", "Range ends before it starts", "'{0}' {1} is before '{2}' {3}", Error, DiagnosticCategory.Semantic,
        "A range's end (`last-seen`, an event's `end`) must not be before its start (`first-seen`, the event's `date`). Dates of different precision compare by the periods they cover: `2024-02` and `2024-02-10` overlap, so they are fine either way round.",
        "date: 2024-03-04  end: 2024-02-21", "date: 2024-02-21  end: 2024-03-04");

    public static readonly DiagnosticDescriptor UnknownCurrency = new(
        "INC1020", "Unknown currency code", "'{0}' is not a currency code{1}", Error, DiagnosticCategory.Semantic,
        "`currency` takes an active ISO 4217 code in capitals (`USD`, `EUR`, `GBP`) or one of the cryptocurrencies ransoms are often demanded in: `BTC`, `ETH`, `XMR`, `USDT`, `USDC`, `LTC`.",
        "currency: US", "currency: USD");

    public static readonly DiagnosticDescriptor InvalidSupersession = new(
        "INC1021", "Invalid superseded-by", "{0}", Error, DiagnosticCategory.Semantic,
        "A superseded claim is withdrawn in favour of another, so `superseded-by` and `withdrawn: true` are not written together; and a claim cannot be superseded by itself, directly or through a chain that comes back to it.",
        "claim old { superseded-by: old }", "claim old { superseded-by: new }");

    public static readonly DiagnosticDescriptor IndicatorValueMismatch = new(
        "INC1022", "Indicator value does not match its kind", "{0}", Error, DiagnosticCategory.Semantic,
        "An indicator's `value` (refanged: `hxxps://` → `https://`, `[.]` and `(.)` → `.`, `[:]` → `:`, `[@]` → `@`) must be a value of its `kind`: an IPv4 or IPv6 address, a CIDR network, a domain name, an absolute URL, an email address, an MD5/SHA-1/SHA-256 hash of the right length in hex, a file name, or an AS number.",
        "kind: ipv4  value: \"198.51.100.300\"", "kind: ipv4  value: \"198.51.100.30\"");

    // ---------------------------------------------------------------- INC2xxx reported by the compiler (the rules' own are in Analyzers/Rules)

    public static readonly DiagnosticDescriptor TlpNotAllowed = new(
        "INC2011", "TLP level not allowed for this build", "Incident '{0}' is {1}; it is not built because --tlp allows only up to {2}", Error, DiagnosticCategory.Analytic,
        "Incidents marked `tlp: amber`, `amber-strict` or `red` are written (HTML, JSON and STIX alike) only when the build is told it may: `inc build --tlp amber` allows clear, green and amber. This protects restricted reports from being published by an ordinary build. Cannot be lowered in configuration.",
        "inc build examples", "inc build examples --tlp amber");

    /// <summary>Reported by <c>inc diff</c> (<c>IncidentLang.Diff.IncidentDiff</c>), which compares two compilations; no rule over one compilation can see it.</summary>
    public static readonly DiagnosticDescriptor UnexplainedJudgementChange = new(
        "INC2018", "Judgement changed without a revision", "Claim '{0}': {1}, and no revision added in this change names it", Warning, DiagnosticCategory.Analytic,
        "Reported only by `inc diff BASE [HEAD]`, never by `inc check`: between the two git revisions a claim's `confidence` or `likelihood` changed, or the claim became withdrawn or superseded, and no `revision` declaration added in between lists it in its `claims`. ICD 203 asks analysts to explain changes in their judgements, and readers of a report that changed need to know what changed and why: add a `revision` to the incident, dated, saying what changed and why, and name the claim in its `claims`. A revision that was already there at BASE does not count. `inc diff --check` exits 1 on it; its level can be set in `incidentlang.json` like any rule's.",
        "claim kj3 {\n  text: \"The actor is a state-sponsored group.\"\n  confidence: moderate   // was high at BASE\n}",
        "claim kj3 {\n  text: \"The actor is a state-sponsored group.\"\n  confidence: moderate\n}\nrevision {\n  date: 2024-04-22\n  text: \"Lowered kj3: the infrastructure overlap turned out to be a shared hosting provider.\"\n  claims: [kj3]\n}");

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "INC2099", "Suppression suppresses nothing", "'{0}' in this suppression comment suppresses nothing", Info, DiagnosticCategory.Analytic,
        "Remove IDs from `inc-disable-next-line` / `inc-disable-file` comments once the problem they silenced is fixed.",
        null, null);

    // ---------------------------------------------------------------- INC3xxx configuration

    public static readonly DiagnosticDescriptor InvalidConfiguration = new(
        "INC3001", "Invalid configuration file", "{0}", Error, DiagnosticCategory.Configuration,
        "`incidentlang.json` must be a JSON object with optional `rules` (an object of ID → `error`|`warning`|`info`|`none`), `catalogs` and `exclude` (arrays of glob strings relative to the file).",
        "{ \"catalogs\": \"catalog/*.inc\" }", "{ \"catalogs\": [\"catalog/*.inc\"] }");

    public static readonly DiagnosticDescriptor UnknownRuleId = new(
        "INC3002", "Unknown diagnostic ID in rules", "Unknown diagnostic ID '{0}'{1}", Warning, DiagnosticCategory.Configuration,
        "The `rules` section names a diagnostic ID that does not exist. See `docs/diagnostics.md` for the list.",
        null, null);

    public static readonly DiagnosticDescriptor RuleLevelCannotChange = new(
        "INC3003", "Level cannot be changed", "The level of {0} cannot be changed; the setting is ignored", Warning, DiagnosticCategory.Configuration,
        "Syntax errors (INC0xxx), semantic errors (INC1xxx except the warning INC1015), INC2011 and the template-folder errors (INC3004, INC3005) always keep their level.",
        null, null);

    public static readonly DiagnosticDescriptor TemplateOutsideFolder = new(
        "INC3004", "Template outside the template folder", "The template '{0}' {1}; templates load only from inside the template folder '{2}'", Error, DiagnosticCategory.Configuration,
        "A template of a `--template` folder, or a template it includes, must be a file inside that folder: `include` of an absolute path, of a path that climbs out with `..`, or of a symbolic link whose target is outside the folder is refused, so that a template cannot read other files of the machine into a briefing.",
        "{{ include \"../secrets.txt\" }}", "{{ include \"parts/header.html.scriban\" }}");

    public static readonly DiagnosticDescriptor TemplateNotFound = new(
        "INC3005", "Included template not found", "The template '{0}' does not exist in the template folder '{1}'", Error, DiagnosticCategory.Configuration,
        "`include` names a file relative to the `--template` folder; no such file is there.",
        null, null);

    // ---------------------------------------------------------------- INC9999

    public static readonly DiagnosticDescriptor InternalError = new(
        "INC9999", "Internal compiler error", "Internal compiler error: {0}", Error, DiagnosticCategory.Internal,
        "The compiler failed on this input. This is a bug in IncidentLang, not in your file: please report it with the file attached.",
        null, null);

    /// <summary>The compiler's descriptors, ordered by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedCharacter, Unterminated, InvalidEscape, ExpectedToken, UnexpectedToken, MalformedDate, IntegerOutOfRange, InvalidUtf8,
        FileTooLarge, LineTooLong, NestingTooDeep, TooManyDiagnostics,
        UnknownProperty, MissingRequiredProperty, DuplicateProperty, DuplicateDeclaration, UndefinedReference, WrongReferenceKind,
        ValueNotInVocabulary, WrongValueType, UnknownCountry, InvalidUrl, IntegerOutOfPropertyRange, DeclarationNotAllowedHere,
        MissingDeclarationName, StatementWithoutContent, LocalShadowsTopLevel, IncidentNamesDifferInCase,
        UnknownAttackId, MalformedCve, RangeEndsBeforeStart, UnknownCurrency, InvalidSupersession, IndicatorValueMismatch,
        TlpNotAllowed, UnexplainedJudgementChange, UnusedSuppression,
        InvalidConfiguration, UnknownRuleId, RuleLevelCannotChange, TemplateOutsideFolder, TemplateNotFound,
        InternalError,
    ];
}
