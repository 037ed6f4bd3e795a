namespace IncidentLang.Emit.Html;

/// <summary>
/// Markup the emitter itself generated and vouches for. It is the only value the briefing's
/// <see cref="HtmlEncodingTemplateContext"/> writes without encoding; report text never is.
/// </summary>
internal sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
