namespace IncidentLang.Cli.Reporting.Sarif;

/// <summary>A reportingDescriptor: one diagnostic ID.</summary>
internal sealed record SarifRule(string Id, string Name, SarifText ShortDescription, SarifText FullDescription, SarifHelp Help, string HelpUri, SarifConfiguration DefaultConfiguration);
