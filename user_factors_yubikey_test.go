package okta

import (
	"context"
	"testing"
)

// yubiKeyTokenPayload is a token as Okta's reference example shows it, with a member this SDK does not model.
const yubiKeyTokenPayload = `{"id":"ykkwcx13nrDq8g4oy0g3","created":"2022-08-25T00:31:00.000Z","lastUpdated":"2022-08-25T00:31:00.000Z",` +
	`"lastVerified":"2022-08-25T00:31:00.000Z","status":"UNASSIGNED","profile":{"serial":"000003632071"},"futureMember":true,` +
	`"_links":{"self":{"href":"https://x.okta.com/api/v1/org/factors/yubikey_token/tokens/ykkwcx13nrDq8g4oy0g3"}}}`

func TestUserFactorsYubiKeyRequests(t *testing.T) {
	t.Parallel()
	const path = "/api/v1/org/factors/yubikey_token/tokens"
	runAPICalls(t, []apiCall{
		{
			op: "listYubikeyOtpTokens", method: "GET", path: path, response: []byte("[" + yubiKeyTokenPayload + "]"),
			query: map[string]string{"filter": `status eq "UNASSIGNED"`, "expand": "user", "sortBy": "profile.serial", "sortOrder": "ASC", "limit": "5", "after": "c1"},
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.UserFactors.ListYubiKeyOTPTokens(ctx, &UserFactorsListYubiKeyOTPTokensOptions{
					Filter: `status eq "UNASSIGNED"`, Expand: "user", SortBy: YubiKeyOTPTokenFieldSerial, SortOrder: "ASC", Limit: 5, After: "c1",
				})
			},
			check: func(t *testing.T, got any) {
				tok := got.([]YubiKeyOTPToken)
				if serial, _ := Attr[string](tok[0].Profile, "serial"); tok[0].Status != YubiKeyOTPTokenStatusUnassigned || serial != "000003632071" {
					t.Errorf("tokens = %+v", tok)
				}
			},
		},
		{
			op: "uploadYubikeyOtpTokenSeed", method: "POST", path: path, response: []byte(yubiKeyTokenPayload),
			body: `{"serialNumber":"000003632071","publicId":"cccccceukngdfgkukfctkcvfidnetljjiknckkcjulji","privateId":"b74be6169486","aesKey":"1fcc6d8ce39bf1604e0b17f3e0a11067"}`,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.UserFactors.UploadYubiKeyOTPTokenSeed(ctx, &UploadYubiKeyOTPTokenSeedRequest{
					SerialNumber: "000003632071", PublicID: "cccccceukngdfgkukfctkcvfidnetljjiknckkcjulji",
					PrivateID: "b74be6169486", AESKey: "1fcc6d8ce39bf1604e0b17f3e0a11067",
				})
			},
		},
		{
			op: "getYubikeyOtpTokenById", ids: []string{"ykk/1"}, method: "GET", path: path + "/ykk%2F1", response: []byte(yubiKeyTokenPayload),
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.UserFactors.GetYubiKeyOTPToken(ctx, ids[0])
			},
		},
	})
	runPagedLists(t, []pagedList{{
		name: "ListYubiKeyOTPTokensIter", path: path, query: map[string]string{"limit": "1"},
		first: "[" + yubiKeyTokenPayload + "]", second: `[{"id":"ykk2","status":"ACTIVE"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.UserFactors.ListYubiKeyOTPTokensIter(ctx, &UserFactorsListYubiKeyOTPTokensOptions{Limit: 1}))
		},
	}})
}

// TestYubiKeyOTPTokenRoundTrip: unknown members, statuses and embedded users survive.
func TestYubiKeyOTPTokenRoundTrip(t *testing.T) {
	t.Parallel()
	assertRoundTrip[*YubiKeyOTPToken](t, []byte(yubiKeyTokenPayload))
	assertRoundTrip[*YubiKeyOTPToken](t, []byte(`{"id":"y","status":"LOST","_embedded":{"user":{"id":"00u1","profile":{"login":"a@b.c"}}}}`))
}
