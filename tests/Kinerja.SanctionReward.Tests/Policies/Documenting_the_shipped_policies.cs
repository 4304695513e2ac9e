using Kinerja.SanctionReward.Policies;
using Kinerja.SanctionReward.Policies.Explaining;
using Kinerja.SanctionReward.Policies.Validating;

namespace Kinerja.SanctionReward.Tests.Policies;

/// <summary>docs/sanction-reward-policies.md quotes the shipped policies' explanations; this keeps the quotes true.</summary>
public sealed class Documenting_the_shipped_policies
{
    [Theory]
    [InlineData("national-default", nameof(Language.Indonesian))]
    [InlineData("national-default", nameof(Language.English))]
    [InlineData("64.02-tpp", nameof(Language.Indonesian))]
    [InlineData("64.02-tpp", nameof(Language.English))]
    public void the_document_quotes_the_explanation_of_each_shipped_policy(string id, string language)
    {
        var policy = ShippedPolicies.All.Single(p => p.Id.Value == id);

        Document().ShouldContain(PolicyExplanation.Explain(policy, Enum.Parse<Language>(language)), Case.Sensitive);
    }

    [Fact]
    public void the_json_example_in_the_document_is_a_valid_policy()
    {
        var document = Document();
        var start = document.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = document[start..document.IndexOf("```", start, StringComparison.Ordinal)];

        var policy = PolicyJson.Deserialize(json);

        PolicyValidation.Validate(policy, RatingScales.EmployeePredicateLabels).ToDictionary().ShouldBeEmpty();
        policy.Rules.Count.ShouldBe(2);
    }

    private static string Document()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Kinerja.sln")))
        {
            folder = folder.Parent;
        }
        folder.ShouldNotBeNull("the test runs inside the checkout");
        return File.ReadAllText(Path.Combine(folder.FullName, "docs", "sanction-reward-policies.md")).ReplaceLineEndings("\n");
    }
}
