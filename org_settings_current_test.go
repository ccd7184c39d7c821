package okta

import (
	"context"
	"testing"
	"time"
)

// Payloads built from the API description's schemas, each with a member this SDK does not model.
const (
	aerialConsentPayload = `{"accountId":"0200bs0617vvhv2v675mch1cukp","grantedBy":"00u23ej02I2RLFxS5406","grantedDate":"2024-07-24T16:01:13.000Z",` +
		`"_links":{"self":{"href":"https://test.okta.com/api/v1/org/privacy/aerial"},"revoke":{"href":"https://test.okta.com/api/v1/org/privacy/aerial/revoke","hints":{"allow":["POST"]}}},"region":"us"}`
	aerialRevokedPayload = `{"_links":{"grant":{"href":"https://test.okta.com/api/v1/org/privacy/aerial/grant","hints":{"allow":["POST"]}}}}`
	supportCasePayload   = `{"caseNumber":"CS12345","subject":"Help with SSO","impersonation":{"status":"ENABLED","expiration":"2024-08-01T10:00:00.000Z"},` +
		`"selfAssigned":{"status":"NOT_REQUIRED"},"priority":"P2"}`
	supportCaseNoExpiration = `{"caseNumber":"CS67890","subject":"Self-assigned","impersonation":{"status":"REQUESTED","expiration":null},"selfAssigned":{"status":"REQUESTED"}}`
)

func TestOrgSettingsCurrentRequests(t *testing.T) {
	t.Parallel()
	const caseNumber, esc = "CS/1 2", "CS%2F1%202"
	calls := []apiCall{
		{
			op: "getThirdPartyAdminSetting", method: "GET", path: "/api/v1/org/orgSettings/thirdPartyAdminSetting",
			response: []byte(`{"thirdPartyAdmin":false}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetThirdPartyAdminSetting(ctx)
			},
			check: func(t *testing.T, got any) {
				if s := got.(*ThirdPartyAdminSetting); s.ThirdPartyAdmin == nil || *s.ThirdPartyAdmin {
					t.Errorf("setting = %+v", s)
				}
			},
		},
		{
			op: "updateThirdPartyAdminSetting", method: "POST", path: "/api/v1/org/orgSettings/thirdPartyAdminSetting",
			body: `{"thirdPartyAdmin":true}`, response: []byte(`{"thirdPartyAdmin":true}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.UpdateThirdPartyAdminSetting(ctx, &ThirdPartyAdminSetting{ThirdPartyAdmin: new(true)})
			},
		},
		{
			op: "getAutoAssignAdminAppSetting", method: "GET", path: "/api/v1/org/settings/autoAssignAdminAppSetting",
			response: []byte(`{"autoAssignAdminAppSetting":true}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetAutoAssignAdminAppSetting(ctx)
			},
		},
		{
			op: "updateAutoAssignAdminAppSetting", method: "POST", path: "/api/v1/org/settings/autoAssignAdminAppSetting",
			body: `{"autoAssignAdminAppSetting":false}`, response: []byte(`{"autoAssignAdminAppSetting":false}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.UpdateAutoAssignAdminAppSetting(ctx, &AutoAssignAdminAppSetting{AutoAssignAdminAppSetting: new(false)})
			},
		},
		{
			op: "getClientPrivilegesSetting", method: "GET", path: "/api/v1/org/settings/clientPrivilegesSetting",
			response: []byte(`{"clientPrivilegesSetting":true}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetClientPrivilegesSetting(ctx)
			},
		},
		{
			op: "assignClientPrivilegesSetting", method: "PUT", path: "/api/v1/org/settings/clientPrivilegesSetting",
			body: `{"clientPrivilegesSetting":false}`, response: []byte(`{"clientPrivilegesSetting":false}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.ReplaceClientPrivilegesSetting(ctx, &ClientPrivilegesSetting{ClientPrivilegesSetting: new(false)})
			},
		},
		{
			op: "getAerialConsent", method: "GET", path: "/api/v1/org/privacy/aerial", response: []byte(aerialConsentPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GetAerialConsent(ctx)
			},
			check: func(t *testing.T, got any) {
				d := got.(*OrgAerialConsentDetails)
				if d.AccountID != "0200bs0617vvhv2v675mch1cukp" || d.GrantedBy != "00u23ej02I2RLFxS5406" || d.Links.Href("revoke") == "" {
					t.Errorf("consent = %+v", d)
				}
			},
		},
		{
			op: "grantAerialConsent", method: "POST", path: "/api/v1/org/privacy/aerial/grant",
			body: `{"accountId":"0200bs0617vvhv2v675mch1cukp"}`, response: []byte(aerialConsentPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.GrantAerialConsent(ctx, &OrgAerialConsent{AccountID: "0200bs0617vvhv2v675mch1cukp"})
			},
		},
		{
			op: "revokeAerialConsent", method: "POST", path: "/api/v1/org/privacy/aerial/revoke",
			body: `{"accountId":"0200bs0617vvhv2v675mch1cukp"}`, response: []byte(aerialRevokedPayload),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.RevokeAerialConsent(ctx, &OrgAerialConsent{AccountID: "0200bs0617vvhv2v675mch1cukp"})
			},
			check: func(t *testing.T, got any) {
				if r := got.(*OrgAerialConsentRevoked); r.Links.Href("grant") == "" {
					t.Errorf("revoked = %+v", r)
				}
			},
		},
		{
			op: "listOktaSupportCases", method: "GET", path: "/api/v1/org/privacy/oktaSupport/cases",
			response: []byte(`{"supportCases":[` + supportCasePayload + `,` + supportCaseNoExpiration + `]}`),
			want:     `[` + supportCasePayload + `,` + supportCaseNoExpiration + `]`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.OrgSettings.ListOktaSupportCases(ctx)
			},
			check: func(t *testing.T, got any) {
				cs := got.([]OktaSupportCase)
				if len(cs) != 2 || cs[0].Impersonation.Status != OktaSupportAccessStatusEnabled ||
					!cs[0].Impersonation.Expiration.Equal(time.Date(2024, 8, 1, 10, 0, 0, 0, time.UTC)) ||
					cs[1].SelfAssigned.Status != SelfAssignedStatusRequested || !cs[1].Impersonation.Expiration.IsZero() {
					t.Errorf("cases = %+v", cs)
				}
			},
		},
		{
			op: "updateOktaSupportCase", ids: []string{caseNumber}, method: "PATCH", path: "/api/v1/org/privacy/oktaSupport/cases/" + esc,
			body: `{"selfAssigned":{"status":"APPROVED"}}`, response: []byte(supportCasePayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.OrgSettings.UpdateOktaSupportCase(ctx, ids[0], &OktaSupportCase{SelfAssigned: &OktaSupportCaseSelfAssigned{Status: SelfAssignedStatusApproved}})
			},
		},
	}
	runAPICalls(t, calls)
	checkCalledCurrentOperations(t, calls, "OrgSettingAdmin", "OrgSettingSupport")
}

// TestOrgSettingsCurrentRoundTrip checks that unknown members and values survive a round trip.
func TestOrgSettingsCurrentRoundTrip(t *testing.T) {
	t.Parallel()
	assertRoundTrip[*OrgAerialConsentDetails](t, []byte(aerialConsentPayload))
	assertRoundTrip[*OrgAerialConsentRevoked](t, []byte(aerialRevokedPayload))
	c := assertRoundTrip[*OktaSupportCase](t, []byte(`{"caseNumber":"1","impersonation":{"status":"PAUSED","expiration":null,"by":"x"},"selfAssigned":{"status":"LATER"}}`))
	if c.Impersonation.Status != "PAUSED" || c.SelfAssigned.Status != "LATER" {
		t.Errorf("case = %+v", c)
	}
	assertRoundTrip[*OktaSupportCases](t, []byte(`{"supportCases":[`+supportCasePayload+`],"_links":{}}`))
	for _, raw := range []string{`{"thirdPartyAdmin":true,"x":1}`, `{}`} {
		assertRoundTrip[*ThirdPartyAdminSetting](t, []byte(raw))
		assertRoundTrip[*AutoAssignAdminAppSetting](t, []byte(raw))
		assertRoundTrip[*ClientPrivilegesSetting](t, []byte(raw))
	}
}
