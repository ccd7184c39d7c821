package okta

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestUnionKindsWriteTheirDiscriminator: for every union and every concrete type, encoding a value whose
// discriminator field is empty writes the value its Go type stands for; a type that stands for several writes
// none; every declared value decodes to its type and survives a round trip; an Unknown type keeps what it
// decoded.
func TestUnionKindsWriteTheirDiscriminator(t *testing.T) {
	t.Parallel()
	if len(unionKinds) < 10 {
		t.Fatalf("%d unions registered, want every union of the package (at least 10)", len(unionKinds))
	}
	for iface, u := range unionKinds {
		for _, k := range u.kinds {
			v := k.new()
			t.Run(reflect.TypeOf(v).Elem().Name(), func(t *testing.T) {
				t.Parallel()
				got := memberOf(t, v, u.member)
				if k.writes && got != k.values[0] {
					t.Errorf("encoding an empty %T writes %s %q, want %q", v, u.member, got, k.values[0])
				}
				if !k.writes && got != "" {
					t.Errorf("encoding an empty %T writes %s %q, want none", v, u.member, got)
				}
				for _, value := range k.values {
					decoded := decodeUnion(t, iface, u.member, value)
					if reflect.TypeOf(decoded) != reflect.TypeOf(v) {
						t.Errorf("%s %q decodes to %T, want %T", u.member, value, decoded, v)
					}
					if got := memberOf(t, decoded, u.member); got != value {
						t.Errorf("%T decoded from %s %q encodes %q", decoded, u.member, value, got)
					}
				}
			})
		}
		t.Run(reflect.TypeOf(u.unknown()).Elem().Name(), func(t *testing.T) {
			t.Parallel()
			if got := memberOf(t, u.unknown(), u.member); got != "" {
				t.Errorf("an empty %T writes %s %q, want none", u.unknown(), u.member, got)
			}
			decoded := decodeUnion(t, iface, u.member, "SOMETHING_NEW")
			if reflect.TypeOf(decoded) != reflect.TypeOf(u.unknown()) {
				t.Errorf("an unknown %s decodes to %T, want %T", u.member, decoded, u.unknown())
			}
			if got := memberOf(t, decoded, u.member); got != "SOMETHING_NEW" {
				t.Errorf("%T encodes %s %q, want the decoded SOMETHING_NEW", decoded, u.member, got)
			}
		})
	}
}

// decodeUnion decodes {"member": value} into a value of the union iface.
func decodeUnion(t *testing.T, iface reflect.Type, member, value string) any {
	t.Helper()
	data, err := json.Marshal(map[string]string{member: value})
	if err != nil {
		t.Fatal(err)
	}
	out := reflect.New(iface)
	if err := decodeJSON(data, out.Interface()); err != nil {
		t.Fatalf("decoding %s: %v", data, err)
	}
	return out.Elem().Interface()
}

// memberOf encodes v and returns its string member name, or "".
func memberOf(t *testing.T, v any, name string) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding %T: %v", v, err)
	}
	var got string
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		t.Fatal(err)
	}
	if raw, ok := members[name]; ok {
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatalf("%s of %s: %v", name, data, err)
		}
	}
	return got
}

// TestCreateSendsTheDiscriminatorOfTheGoType: a caller who builds a concrete type and leaves its discriminator
// empty still sends it, for every service that takes a union.
func TestCreateSendsTheDiscriminatorOfTheGoType(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, path, member, want string
		call                     func(context.Context, *Client) error
	}{
		{"Apps.Create", "/api/v1/apps", "signOnMode", "OPENID_CONNECT", func(ctx context.Context, c *Client) error {
			_, _, err := c.Apps.Create(ctx, &OpenIDConnectApplication{ApplicationBase: ApplicationBase{Label: "My app"}}, nil)
			return err
		}},
		{"Apps.Create SAML", "/api/v1/apps", "signOnMode", "SAML_2_0", func(ctx context.Context, c *Client) error {
			_, _, err := c.Apps.Create(ctx, &SAMLApplication{}, nil)
			return err
		}},
		{"PushProviders.Create", "/api/v1/push-providers", "providerType", "FCM", func(ctx context.Context, c *Client) error {
			_, _, err := c.PushProviders.Create(ctx, &FCMPushProvider{PushProviderBase: PushProviderBase{Name: "fcm"}})
			return err
		}},
		{"LogStreams.Create", "/api/v1/logStreams", "type", "splunk_cloud_logstreaming", func(ctx context.Context, c *Client) error {
			_, _, err := c.LogStreams.Create(ctx, &LogStreamSplunk{LogStreamBase: LogStreamBase{Name: "splunk"}})
			return err
		}},
		{"LogStreams.Replace", "/api/v1/logStreams/ls1", "type", "aws_eventbridge", func(ctx context.Context, c *Client) error {
			_, _, err := c.LogStreams.Replace(ctx, "ls1", &ReplaceLogStreamAWSRequest{ReplaceLogStreamRequestBase: ReplaceLogStreamRequestBase{Name: "aws"}})
			return err
		}},
		{"Behaviors.Create", "/api/v1/behaviors", "type", "VELOCITY", func(ctx context.Context, c *Client) error {
			_, _, err := c.Behaviors.Create(ctx, &BehaviorRuleVelocity{BehaviorRuleBase: BehaviorRuleBase{Name: "fast"}})
			return err
		}},
		{"DeviceAssurances.Create", "/api/v1/device-assurances", "platform", "MACOS", func(ctx context.Context, c *Client) error {
			_, _, err := c.DeviceAssurances.Create(ctx, &DeviceAssuranceMacOSPlatform{DeviceAssuranceBase: DeviceAssuranceBase{Name: "mac"}})
			return err
		}},
		{"Policies.Create", "/api/v1/policies", "type", "PASSWORD", func(ctx context.Context, c *Client) error {
			_, _, err := c.Policies.Create(ctx, &PasswordPolicy{PolicyBase: PolicyBase{Name: "pw"}}, nil)
			return err
		}},
		{"Policies.CreateRule", "/api/v1/policies/p1/rules", "type", "PASSWORD", func(ctx context.Context, c *Client) error {
			_, _, err := c.Policies.CreateRule(ctx, "p1", &PasswordPolicyRule{}, nil)
			return err
		}},
		{"UserFactors.Enroll", "/api/v1/users/u1/factors", "factorType", "sms", func(ctx context.Context, c *Client) error {
			_, _, err := c.UserFactors.Enroll(ctx, "u1", &SMSUserFactor{}, nil)
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			mux.HandleFunc(tt.path, func(w http.ResponseWriter, r *http.Request) {
				body, err := io.ReadAll(r.Body)
				if err != nil {
					t.Fatal(err)
				}
				var sent map[string]any
				if err := json.Unmarshal(body, &sent); err != nil {
					t.Fatalf("body %s: %v", body, err)
				}
				if sent[tt.member] != tt.want {
					t.Errorf("sent %s = %v, want %q (body %s)", tt.member, sent[tt.member], tt.want, body)
				}
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write(body)
			})
			if err := tt.call(t.Context(), c); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestAccessPolicyConstraintsAreTyped: constraint methods, types and requirements decode to their typed
// constants, and a value Okta adds later decodes as it is.
func TestAccessPolicyConstraintsAreTyped(t *testing.T) {
	t.Parallel()
	var c AccessPolicyConstraints
	data := []byte(`{"knowledge":{"types":["PASSWORD"],"methods":["PASSWORD"]},"possession":{"types":["SECURITY_KEY","NEW_TYPE"],"methods":["WEBAUTHN"],"phishingResistant":"REQUIRED","userPresence":"OPTIONAL"}}`)
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	want := AccessPolicyConstraints{
		Knowledge: &KnowledgeConstraint{Types: []ConstraintType{ConstraintTypePassword}, Methods: []ConstraintMethod{ConstraintMethodPassword}},
		Possession: &PossessionConstraint{Types: []ConstraintType{ConstraintTypeSecurityKey, "NEW_TYPE"},
			Methods: []ConstraintMethod{ConstraintMethodWebAuthn}, PhishingResistant: RequirementRequired, UserPresence: RequirementOptional},
	}
	if diff := gocmp.Diff(want, c); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
