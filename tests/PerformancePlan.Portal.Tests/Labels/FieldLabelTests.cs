using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using PerformancePlan.Core;
using PerformancePlan.Portal.Areas.Admin.Forms;
using PerformancePlan.Portal.Text;

namespace PerformancePlan.Portal.Tests.Labels;

/// <summary>Every text field of every admin form takes its label from the one place: Core's field labels (or, for a form-only field, the admin's).</summary>
public sealed class FieldLabelTests
{
    public static TheoryData<string, string> EveryInputField()
    {
        var data = new TheoryData<string, string>();
        var pages = typeof(AdminPageModel).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(AdminPageModel)) && !t.IsAbstract);
        foreach (var page in pages)
        {
            foreach (var input in page.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null && p.PropertyType.IsClass && p.PropertyType != typeof(string)))
            {
                foreach (var field in input.PropertyType.GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name != "Version"))
                {
                    data.Add(page.FullName!, FieldNames.ToCore(field.Name));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryInputField))]
    public void The_field_has_a_label_in_both_languages_that_is_not_its_code_name(string page, string field)
    {
        foreach (var text in new[] { AdminText.ZhTw, AdminText.En })
        {
            var label = text.FieldLabel(field);
            Assert.True(label != field, $"{page}: field '{field}' has no {text.Language} label (add it to Core's FieldLabels)");
        }
    }

    [Fact]
    public void The_admin_and_core_messages_name_a_field_alike()
    {
        Assert.Equal(FieldLabels.Of("partner_city_zh").Zh, AdminText.ZhTw.FieldLabel("partner_city_zh"));
        Assert.Equal(FieldLabels.Of("partner_city_zh").En, AdminText.En.FieldLabel("partner_city_zh"));
        Assert.True(EveryInputField().Count > 40, "the reflection found too few fields to prove anything");
    }
}
