package okta

import (
	"encoding/json"
	"testing"
)

// TestReplaceRequest checks rule 4's conversions: what a Get returns becomes the body its Replace takes, with the
// members Okta's PUT accepts and without the read-only ones (IDs, timestamps, links, write-only secrets).
func TestReplaceRequest(t *testing.T) {
	t.Parallel()
	links := Links{"self": json.RawMessage(`{"href":"https://example.okta.com/x"}`)}
	conditions := &PermissionConditions{Include: map[string][]string{"okta:ResourceAttribute/User/Profile": {"city"}}}
	tests := []struct {
		name string
		got  any // the conversion's result
		want string
	}{
		{"HookKey", (&HookKey{ID: "h1", KeyID: "k1", Name: "key"}).ReplaceRequest(), `{"name":"key"}`},
		{"IAMRole", (&IAMRole{ID: "cr0", Label: "L", Description: "D", Links: links}).ReplaceRequest(), `{"label":"L","description":"D"}`},
		{"Permission", (&Permission{Label: RolePermissionUsersCreate, Conditions: conditions, Links: links}).ReplaceRequest(),
			`{"conditions":{"include":{"okta:ResourceAttribute/User/Profile":["city"]}}}`},
		{"ApplicationFeature", (&ApplicationFeature{Name: "USER_PROVISIONING", Capabilities: &CapabilitiesObject{}}).ReplaceRequest(), `{}`},
		{"Brand", (&Brand{ID: "b1", Name: "n", Locale: "en", IsDefault: true, Links: links}).ReplaceRequest(),
			`{"name":"n","locale":"en","agreeToCustomPrivacyPolicy":false,"removePoweredByOkta":false}`},
		{"BrandWithEmbedded", (&BrandWithEmbedded{ID: "b1", Name: "n", RemovePoweredByOkta: true}).ReplaceRequest(),
			`{"name":"n","agreeToCustomPrivacyPolicy":false,"removePoweredByOkta":true}`},
		{"ThemeResponse", (&ThemeResponse{ID: "t1", Logo: "https://l", PrimaryColorHex: "#1662dd", BackgroundImage: "https://b", Links: links}).ReplaceRequest(),
			`{"primaryColorHex":"#1662dd","backgroundImage":"https://b"}`},
		{"DomainResponse", (&DomainResponse{ID: "d1", Domain: "login.example.com", BrandID: "b1"}).ReplaceRequest(), `{"brandId":"b1"}`},
		{"EmailDomainResponse", (&EmailDomainResponse{ID: "e1", Domain: "example.com", DisplayName: "D", UserName: "u"}).ReplaceRequest(),
			`{"displayName":"D","userName":"u"}`},
		{"EmailDomainResponseWithEmbedded", (&EmailDomainResponseWithEmbedded{ID: "e1", DisplayName: "D", UserName: "u"}).ReplaceRequest(),
			`{"displayName":"D","userName":"u"}`},
		{"RateLimitWarningThresholdResponse", (&RateLimitWarningThresholdResponse{WarningThreshold: 60}).ReplaceRequest(), `{"warningThreshold":60}`},
		{"UISchemasResponseObject", (&UISchemasResponseObject{ID: "u1", UISchema: &UISchemaObject{}, Links: links}).ReplaceRequest(), `{"uiSchema":{}}`},
		{"UserType", (&UserType{ID: "oty", Name: "n", DisplayName: "N", Description: "d", Default: true}).ReplaceRequest(),
			`{"name":"n","displayName":"N","description":"d"}`},
		{"LogStreamAWS", (&LogStreamAWS{LogStreamBase: LogStreamBase{ID: "0oa", Name: "a", Type: LogStreamTypeAWSEventBridge, Status: LifecycleStatusActive},
			Settings: &LogStreamSettingsAWS{AccountID: "123456789012", EventSourceName: "e", Region: AWSRegionEuWest1}}).ReplaceRequest(),
			`{"name":"a","type":"aws_eventbridge","settings":{"accountId":"123456789012","eventSourceName":"e","region":"eu-west-1"}}`},
		{"LogStreamSplunk", (&LogStreamSplunk{LogStreamBase: LogStreamBase{ID: "0ob", Name: "s", Type: LogStreamTypeSplunkCloud},
			Settings: &LogStreamSettingsSplunk{Edition: SplunkEditionAWS, Host: "h.splunkcloud.com", Token: "secret"}}).ReplaceRequest(),
			`{"name":"s","type":"splunk_cloud_logstreaming","settings":{"edition":"aws","host":"h.splunkcloud.com"}}`},
		{"UnknownLogStream", (&UnknownLogStream{LogStreamBase: LogStreamBase{Name: "n", Type: "new_kind"}, Settings: Extra{"x": json.RawMessage(`1`)}}).ReplaceRequest(),
			`{"name":"n","type":"new_kind","settings":{"x":1}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := json.Marshal(tt.got)
			if err != nil {
				t.Fatal(err)
			}
			assertJSONEqual(t, tt.want, string(got))
		})
	}
}
