using System.Net;
using Scriban;
using Scriban.Parsing;

namespace IncidentLang.Emit.Html;

/// <summary>
/// A Scriban context where escaping is structural: every value a template writes with
/// <c>{{ … }}</c> is HTML-encoded unless it is a <see cref="TrustedHtml"/>. Template text itself
/// is written as is. Values are data, never parsed as templates, so report text containing
/// <c>{{ }}</c> comes out as text. No template loader: <c>include</c> cannot read files. With a
/// <see cref="LiveIndicatorDefanger"/>, every value written has the live indicators it holds defanged first.
/// </summary>
internal sealed class HtmlEncodingTemplateContext : TemplateContext
{
    private readonly LiveIndicatorDefanger? _defanger;

    public HtmlEncodingTemplateContext(LiveIndicatorDefanger? defanger = null)
    {
        _defanger = defanger;
        TemplateLoader = null;
        LoopLimit = 100_000;
        RecursiveLimit = 64;
        StrictVariables = false;
        EnableRelaxedMemberAccess = true;
        NewLine = "\n";
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => base.Write(span, Encode(textAsObject));

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => base.WriteAsync(span, Encode(textAsObject));

    private object Encode(object? value) => value switch
    {
        null => string.Empty,
        TrustedHtml trusted => trusted.Html,
        _ => WebUtility.HtmlEncode(_defanger is null ? ObjectToString(value) : _defanger.Defang(ObjectToString(value) ?? string.Empty)) ?? string.Empty,
    };
}
