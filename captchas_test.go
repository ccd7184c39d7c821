package okta

import (
	"context"
	"net/http"
	"testing"
)

const (
	captchasTestID  = "cap/1 x"
	captchasTestEsc = "cap%2F1%20x"
)

func captchasCalls(t *testing.T) []apiCall {
	payload := func(op string) []byte { return firstPayload(t, "captchas", op, "") }
	// The bodies the recording SDK sent.
	create := brandsRequest(t, "captchas", "createCaptchaInstance_test_captcha_lifecycle_3")
	replace := brandsRequest(t, "captchas", "replaceCaptchaInstance_test_captcha_lifecycle_11")
	settings := brandsRequest(t, "captchas", "replacesOrgCaptchaSettings_test_captcha_lifecycle_14")
	path := "/api/v1/captchas/" + captchasTestEsc
	return []apiCall{
		{
			op: "listCaptchaInstances", method: "GET", path: "/api/v1/captchas", response: payload("listCaptchaInstances"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.CAPTCHAs.List(ctx)
			},
		},
		{
			op: "createCaptchaInstance", method: "POST", path: "/api/v1/captchas", status: 201,
			body: string(create), response: fixture(t, "captchas/createCaptchaInstance/test_captcha_lifecycle_3.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.CAPTCHAs.Create(ctx, brandsDecode[*CAPTCHAInstance](t, create))
			},
		},
		{
			op: "getCaptchaInstance", ids: []string{captchasTestID}, method: "GET", path: path, response: payload("getCaptchaInstance"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.CAPTCHAs.Get(ctx, id[0])
			},
		},
		{
			op: "updateCaptchaInstance", ids: []string{captchasTestID}, method: "POST", path: path,
			body: `{"name":"myHCaptcha"}`, response: payload("updateCaptchaInstance"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.CAPTCHAs.Update(ctx, id[0], &CAPTCHAInstance{Name: "myHCaptcha"})
			},
		},
		{
			op: "replaceCaptchaInstance", ids: []string{captchasTestID}, method: "PUT", path: path,
			body: string(replace), response: fixture(t, "captchas/replaceCaptchaInstance/test_captcha_lifecycle_11.json"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.CAPTCHAs.Replace(ctx, id[0], brandsDecode[*CAPTCHAInstance](t, replace))
			},
		},
		{
			op: "deleteCaptchaInstance", ids: []string{captchasTestID}, method: "DELETE", path: path, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.CAPTCHAs.Delete(ctx, id[0]))
			},
		},
		{
			op: "getOrgCaptchaSettings", method: "GET", path: "/api/v1/org/captcha",
			response: fixture(t, "captchas/getOrgCaptchaSettings/test_captcha_lifecycle_23.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.CAPTCHAs.GetOrgSettings(ctx)
			},
		},
		{
			op: "replacesOrgCaptchaSettings", method: "PUT", path: "/api/v1/org/captcha",
			body: string(settings), response: fixture(t, "captchas/replacesOrgCaptchaSettings/test_captcha_lifecycle_14.json"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.CAPTCHAs.ReplaceOrgSettings(ctx, &OrgCAPTCHASettings{CAPTCHAID: "capqbriq05JvW9D6g1d7",
					EnabledPages: []EnabledPagesType{EnabledPagesSignIn, EnabledPagesSSPR}})
			},
		},
		{
			op: "deleteOrgCaptchaSettings", method: "DELETE", path: "/api/v1/org/captcha", status: 204, want: "-",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.CAPTCHAs.DeleteOrgSettings(ctx))
			},
		},
	}
}

// TestCAPTCHAsRequests calls each CAPTCHAsService method against a fake Okta and checks the method, escaped
// path, query and body it sends and the value it returns.
func TestCAPTCHAsRequests(t *testing.T) {
	t.Parallel()
	calls := captchasCalls(t)
	checkCalledOperations(t, calls, "CAPTCHA")
	runAPICalls(t, calls)
}

// TestCAPTCHAsPayloads decodes every recorded and example payload of the CAPTCHA operations into the method's
// return type and checks that nothing is lost or changed: the null captchaId and empty enabledPages of an
// org without settings included.
func TestCAPTCHAsPayloads(t *testing.T) {
	t.Parallel()
	instance := func(t *testing.T, raw []byte) { assertRoundTrip[*CAPTCHAInstance](t, raw) }
	settings := func(t *testing.T, raw []byte) { assertRoundTrip[*OrgCAPTCHASettings](t, raw) }
	checkRecordedPayloads(t, "captchas", map[string]func(t *testing.T, raw []byte){
		"listCaptchaInstances":       func(t *testing.T, raw []byte) { assertRoundTrip[[]CAPTCHAInstance](t, raw) },
		"createCaptchaInstance":      instance,
		"getCaptchaInstance":         instance,
		"updateCaptchaInstance":      instance,
		"replaceCaptchaInstance":     instance,
		"getOrgCaptchaSettings":      settings,
		"replacesOrgCaptchaSettings": settings,
		// Request bodies.
		"requests/createCaptchaInstance":      instance,
		"requests/updateCaptchaInstance":      instance,
		"requests/replaceCaptchaInstance":     instance,
		"requests/replacesOrgCaptchaSettings": func(t *testing.T, raw []byte) { assertRoundTrip[*OrgCAPTCHASettings](t, raw) },
	})
}

// TestCAPTCHAsErrors checks the recorded error bodies (E0000007 not found, E0000166 one instance per org) and
// the API description's E0000001 example, whose errorCauses is an object rather than a list.
func TestCAPTCHAsErrors(t *testing.T) {
	t.Parallel()
	checkRecordedErrors(t, "captchas", captchasCalls(t))
}

// TestCAPTCHAsOrgSettings checks what an org without CAPTCHA settings decodes to, and that the settings can be
// turned off with null members, as the API description says.
func TestCAPTCHAsOrgSettings(t *testing.T) {
	t.Parallel()
	client, mux := setup(t)
	mux.HandleFunc("GET /api/v1/org/captcha", func(w http.ResponseWriter, r *http.Request) {
		serveJSON(w, 200, fixture(t, "captchas/getOrgCaptchaSettings/test_captcha_lifecycle_23.json"))
	})
	mux.HandleFunc("PUT /api/v1/org/captcha", func(w http.ResponseWriter, r *http.Request) {
		testJSONBody(t, r, `{"captchaId":null,"enabledPages":null}`)
		serveJSON(w, 200, []byte(`{"captchaId":null,"enabledPages":[]}`))
	})
	settings, _, err := client.CAPTCHAs.GetOrgSettings(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if settings.CAPTCHAID != "" || settings.EnabledPages == nil || len(settings.EnabledPages) != 0 {
		t.Errorf("settings = %+v, want no CAPTCHA ID and an empty, non-nil list of pages", settings)
	}
	if settings.Links.Href("self") != "https://test.okta.com/api/v1/org/captcha" {
		t.Errorf("self link = %q", settings.Links.Href("self"))
	}
	off := &OrgCAPTCHASettings{}
	if err := off.Extra.Set("captchaId", nil); err != nil {
		t.Fatal(err)
	}
	if err := off.Extra.Set("enabledPages", nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := client.CAPTCHAs.ReplaceOrgSettings(t.Context(), off); err != nil {
		t.Fatal(err)
	}
}
