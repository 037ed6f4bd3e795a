using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace IncidentLang.Emit.Html;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked <see cref="TrustedHtml"/>: the included template was
/// rendered through the same <see cref="HtmlEncodingTemplateContext"/>, so every value in it is already
/// encoded, and encoding its output again would turn its markup into text.
/// </summary>
internal sealed class TrustedIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(include.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Trust(await include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static object? Trust(object? rendered) => rendered is string html ? new TrustedHtml(html) : rendered;
}
