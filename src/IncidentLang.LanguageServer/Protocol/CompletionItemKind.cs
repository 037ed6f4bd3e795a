namespace IncidentLang.LanguageServer.Protocol;

/// <summary>The LSP CompletionItemKind values used here.</summary>
public static class CompletionItemKind
{
    public const int Value = 12;
    public const int Property = 10;
    public const int Keyword = 14;
    public const int Reference = 18;
    public const int EnumMember = 20;
}
