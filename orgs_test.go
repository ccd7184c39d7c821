package okta

import (
	"context"
	"testing"
	"time"
)

// childOrgPayload is a created child org as the API description's schema gives it, with members this SDK does not
// model.
const childOrgPayload = `{"id":"00o1n8sbwArJ7OQRw406","name":"My Child Org 1","subdomain":"my-child-org-1","edition":"SKU",` +
	`"website":"https://www.okta.com","status":"ACTIVE","token":"00Hxx-child-token","tokenType":"SSWS",` +
	`"created":"2022-08-25T00:05:00.000Z","lastUpdated":"2022-08-25T00:05:00.000Z","settings":{"app":{"errorRedirectUrl":null},"futureSetting":1},` +
	`"_links":{"organization":{"href":"https://my-child-org-1.okta.com"}},"region":"us"}`

func TestOrgsRequests(t *testing.T) {
	t.Parallel()
	calls := []apiCall{{
		op: "createChildOrg", method: "POST", path: "/api/v1/orgs", status: 201, response: []byte(childOrgPayload),
		body: `{"name":"My Child Org 1","subdomain":"my-child-org-1","edition":"SKU","website":"https://www.okta.com",` +
			`"admin":{"profile":{"firstName":"First","lastName":"Admin","email":"first.admin@example.com","login":"first.admin@example.com","mobilePhone":null},` +
			`"credentials":{"password":{"value":"pa$$word"},"recovery_question":{"question":"what is your favourite movie?","answer":"se7en"}}}}`,
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			profile := &UserProfile{FirstName: "First", LastName: "Admin", Email: "first.admin@example.com", Login: "first.admin@example.com"}
			profile.Extra.SetNull("mobilePhone")
			return c.Orgs.Create(ctx, &ChildOrg{
				Name: "My Child Org 1", Subdomain: "my-child-org-1", Edition: ChildOrgEditionSKU, Website: "https://www.okta.com",
				Admin: &OrgCreationAdmin{Profile: profile, Credentials: &UserCredentials{
					Password:         &PasswordCredential{Value: "pa$$word"},
					RecoveryQuestion: &RecoveryQuestionCredential{Question: "what is your favourite movie?", Answer: "se7en"},
				}},
			})
		},
		check: func(t *testing.T, got any) {
			o := got.(*ChildOrg)
			if o.ID != "00o1n8sbwArJ7OQRw406" || o.Status != ChildOrgStatusActive || o.TokenType != ChildOrgTokenTypeSSWS ||
				o.Token == "" || !o.Created.Equal(time.Date(2022, 8, 25, 0, 5, 0, 0, time.UTC)) || o.Settings["futureSetting"] == nil ||
				o.Links.Href("organization") != "https://my-child-org-1.okta.com" {
				t.Errorf("org = %+v", o)
			}
		},
	}}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "OrgCreator")
	assertRoundTrip[*ChildOrg](t, []byte(childOrgPayload))
	assertRoundTrip[*ChildOrg](t, []byte(`{"edition":"ENTERPRISE","status":"PROVISIONING","tokenType":"Bearer"}`))
}
