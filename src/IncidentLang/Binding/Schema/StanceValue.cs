namespace IncidentLang.Binding;

/// <summary>A statement's stance towards the claims it is about: whether it is a denial or a confirmation.</summary>
public sealed record StanceValue(string Name, string Description, bool IsDenial, bool IsConfirmation) : VocabularyValue(Name, Description)
{
    /// <summary>The party contests the claims without denying them outright.</summary>
    public bool IsDispute { get; init; }

    /// <summary>The speaker withdraws what it said before (not a denial of someone else's claim).</summary>
    public bool IsRetraction { get; init; }

    /// <summary>The speaker revises what it said before.</summary>
    public bool IsCorrection { get; init; }
}
