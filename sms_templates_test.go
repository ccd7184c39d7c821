package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"testing"
	"time"
)

const (
	smsTemplatesTestID  = "cst/1 x"
	smsTemplatesTestEsc = "cst%2F1%20x"
)

func smsTemplatesCalls(t *testing.T) []apiCall {
	payload := func(op string) []byte { return firstPayload(t, "sms_templates", op, "") }
	create := brandsRequest(t, "sms_templates", "createSmsTemplate_sample")
	path := "/api/v1/templates/sms/" + smsTemplatesTestEsc
	return []apiCall{
		{
			op: "listSmsTemplates", method: "GET", path: "/api/v1/templates/sms", query: map[string]string{"templateType": "SMS_VERIFY_CODE"},
			response: payload("listSmsTemplates"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SMSTemplates.List(ctx, &SMSTemplatesListOptions{TemplateType: SMSTemplateTypeVerifyCode})
			},
		},
		{
			op: "createSmsTemplate", method: "POST", path: "/api/v1/templates/sms", body: string(create), response: payload("createSmsTemplate"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SMSTemplates.Create(ctx, &SMSTemplate{Name: "Custom", Type: SMSTemplateTypeVerifyCode,
					Template: "${org.name}: your verification code is ${code}",
					Translations: SMSTemplateTranslations{
						"es": "${org.name}: el código de verificación es ${code}",
						"fr": "${org.name}: votre code de vérification est ${code}",
					}})
			},
		},
		{
			op: "getSmsTemplate", ids: []string{smsTemplatesTestID}, method: "GET", path: path, response: payload("getSmsTemplate"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.SMSTemplates.Get(ctx, id[0])
			},
		},
		{
			op: "updateSmsTemplate", ids: []string{smsTemplatesTestID}, method: "POST", path: path,
			body: `{"translations":{"de":"${org.name}: Ihr Bestätigungscode lautet ${code}"}}`, response: payload("updateSmsTemplate"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.SMSTemplates.Update(ctx, id[0], &SMSTemplate{Translations: SMSTemplateTranslations{"de": "${org.name}: Ihr Bestätigungscode lautet ${code}"}})
			},
		},
		{
			op: "replaceSmsTemplate", ids: []string{smsTemplatesTestID}, method: "PUT", path: path,
			body: `{"name":"Custom","type":"SMS_VERIFY_CODE","template":"${org.name}: your verification code is ${code}",
				"translations":{"de":"${org.name}: Ihr Bestätigungscode lautet ${code}"}}`,
			response: payload("replaceSmsTemplate"),
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return c.SMSTemplates.Replace(ctx, id[0], &SMSTemplate{Name: "Custom", Type: SMSTemplateTypeVerifyCode,
					Template:     "${org.name}: your verification code is ${code}",
					Translations: SMSTemplateTranslations{"de": "${org.name}: Ihr Bestätigungscode lautet ${code}"}})
			},
		},
		{
			op: "deleteSmsTemplate", ids: []string{smsTemplatesTestID}, method: "DELETE", path: path, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, id []string) (any, *Response, error) {
				return apiNoResult(c.SMSTemplates.Delete(ctx, id[0]))
			},
		},
	}
}

// TestSMSTemplatesRequests calls each SMSTemplatesService method against a fake Okta and checks the method,
// escaped path, query and body it sends and the value it returns.
func TestSMSTemplatesRequests(t *testing.T) {
	t.Parallel()
	calls := smsTemplatesCalls(t)
	checkCalledOperations(t, calls, "Template")
	runAPICalls(t, calls)
}

// TestSMSTemplatesPayloads decodes every payload of the Template operations into the method's return type
// and checks that nothing is lost or changed, timestamps with and without milliseconds included.
func TestSMSTemplatesPayloads(t *testing.T) {
	t.Parallel()
	template := func(t *testing.T, raw []byte) { assertRoundTrip[*SMSTemplate](t, raw) }
	checkRecordedPayloads(t, "sms_templates", map[string]func(t *testing.T, raw []byte){
		"listSmsTemplates":   func(t *testing.T, raw []byte) { assertRoundTrip[[]SMSTemplate](t, raw) },
		"createSmsTemplate":  template,
		"getSmsTemplate":     template,
		"updateSmsTemplate":  template,
		"replaceSmsTemplate": template,
		// Request bodies.
		"requests/createSmsTemplate": template,
		"requests/updateSmsTemplate": template,
	})
}

// TestSMSTemplatesGetReplaceIsLossless gets a template, adds a translation and replaces it: the read-only
// members and the timestamps go back as Okta wrote them.
func TestSMSTemplatesGetReplaceIsLossless(t *testing.T) {
	t.Parallel()
	client, mux := setup(t)
	raw := fixture(t, "sms_templates/getSmsTemplate/sample_template.json")
	mux.HandleFunc("GET /api/v1/templates/sms/{id}", func(w http.ResponseWriter, r *http.Request) { serveJSON(w, 200, raw) })
	var sent []byte
	mux.HandleFunc("PUT /api/v1/templates/sms/{id}", func(w http.ResponseWriter, r *http.Request) {
		sent = brandsReadBody(t, r)
		serveJSON(w, 200, sent)
	})
	tmpl, _, err := client.SMSTemplates.Get(t.Context(), "cstk2flOtuCMDJK4b0g3")
	if err != nil {
		t.Fatal(err)
	}
	if !tmpl.Created.Equal(time.Date(2024, 4, 25, 17, 35, 2, 0, time.UTC)) || len(tmpl.Translations) != 3 {
		t.Fatalf("template = %+v", tmpl)
	}
	tmpl.Translations["de"] = "${org.name}: Ihr Bestätigungscode lautet ${code}"
	if _, _, err := client.SMSTemplates.Replace(t.Context(), tmpl.ID, tmpl); err != nil {
		t.Fatal(err)
	}
	want := brandsDecode[map[string]any](t, raw)
	want["translations"].(map[string]any)["de"] = "${org.name}: Ihr Bestätigungscode lautet ${code}"
	got := brandsDecode[map[string]any](t, sent)
	out, _ := json.Marshal(want)
	assertJSONEqual(t, string(out), string(sent))
	if got["created"] != "2024-04-25T17:35:02.000Z" {
		t.Errorf("created = %v, want Okta's text", got["created"])
	}
}
