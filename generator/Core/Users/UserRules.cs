namespace PerformancePlan.Core.Users;

public static class UserRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 256;

    /// <summary>Names are what people type to sign in: 2–64 letters, digits, '.', '_' or '-'.</summary>
    public static List<FieldError> ValidateName(string? name)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length is < 2 or > 64
            || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '-'))
        {
            errors.Add(new("name", new("帳號須為 2 至 64 個英文字母、數字、「.」「_」或「-」", "the user name must be 2 to 64 letters, digits, '.', '_' or '-'")));
        }

        return errors;
    }

    public static List<FieldError> ValidatePassword(string? password, string field = "password")
    {
        var errors = new List<FieldError>();
        if (password is null || password.Length < MinPasswordLength)
        {
            errors.Add(new(field, new($"密碼至少須 {MinPasswordLength} 個字元", $"the password must be at least {MinPasswordLength} characters long")));
        }
        else if (password.Length > MaxPasswordLength)
        {
            errors.Add(new(field, new($"密碼最多 {MaxPasswordLength} 個字元", $"the password must be at most {MaxPasswordLength} characters long")));
        }

        return errors;
    }
}
