namespace PerformancePlan.Generator.OpenData;

/// <summary>Frictionless Table Schema field types used by the datasets.</summary>
public enum FieldType
{
    String,
    Integer,
    Number,
    Date,
    Year,
    Boolean,
}

public static class FieldTypes
{
    public static string Code(this FieldType type) => type switch
    {
        FieldType.String => "string",
        FieldType.Integer => "integer",
        FieldType.Number => "number",
        FieldType.Date => "date",
        FieldType.Year => "year",
        FieldType.Boolean => "boolean",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
