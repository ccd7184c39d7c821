package okta

import (
	"context"
	"io"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// streamPayload is an SSF stream as the API describes it, with a member this SDK does not model.
const streamPayload = `{"stream_id":"esc1k235GIIztAuGK0g5","iss":"https://test.okta.com","aud":"https://example.com",` +
	`"delivery":{"method":"urn:ietf:rfc:8935","endpoint_url":"https://example.com/ssf-endpoint","authorization_header":null},` +
	`"events_requested":["https://schemas.openid.net/secevent/caep/event-type/session-revoked"],` +
	`"events_supported":["https://schemas.openid.net/secevent/caep/event-type/session-revoked","https://schemas.openid.net/secevent/caep/event-type/credential-change"],` +
	`"events_delivered":["https://schemas.openid.net/secevent/caep/event-type/session-revoked"],"format":"iss_sub",` +
	`"min_verification_interval":null,"futureMember":1}`

// securityEventsProviderPayload is a provider as the API describes it, with a member this SDK does not model.
const securityEventsProviderPayload = `{"id":"sse1qg25RpusjUP6m0g5","name":"Target SSF Provider","type":"okta","status":"ACTIVE",` +
	`"settings":{"well_known_url":"https://example.okta.com/.well-known/ssf-configuration","issuer":"example.okta.com",` +
	`"jwks_url":"https://example.okta.com/oauth2/v1/keys"},"futureMember":[],` +
	`"_links":{"self":{"href":"https://test.okta.com/api/v1/security-events-providers/sse1"},"deactivate":{"href":"https://test.okta.com/api/v1/security-events-providers/sse1/lifecycle/deactivate"}}}`

func TestSSFTransmitterRequests(t *testing.T) {
	t.Parallel()
	stream := []byte(streamPayload)
	runAPICalls(t, []apiCall{
		{
			op: "getWellknownSsfMetadata", method: "GET", path: "/.well-known/ssf-configuration",
			response: []byte(`{"issuer":"https://test.okta.com","jwks_uri":"https://test.okta.com/oauth2/v1/keys",` +
				`"configuration_endpoint":"https://test.okta.com/api/v1/ssf/stream","verification_endpoint":"https://test.okta.com/api/v1/ssf/stream/verification",` +
				`"delivery_methods_supported":["https://schemas.openid.net/secevent/risc/delivery-method/push","urn:ietf:rfc:8935"],` +
				`"authorization_schemes":[{"spec_urn":"urn:ietf:rfc:6749"}],"default_subjects":"ALL","spec_version":"1_0-ID2","next":true}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFTransmitter.GetMetadata(ctx)
			},
		},
		{
			name: "getSsfStreams/array", op: "getSsfStreams", method: "GET", path: "/api/v1/ssf/stream", response: []byte("[" + streamPayload + "]"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFTransmitter.ListStreams(ctx, nil)
			},
		},
		{
			name: "getSsfStreams/one", op: "getSsfStreams", method: "GET", path: "/api/v1/ssf/stream", query: map[string]string{"stream_id": "esc1"},
			response: stream, want: "[" + streamPayload + "]",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFTransmitter.ListStreams(ctx, &SSFTransmitterListStreamsOptions{StreamID: "esc1"})
			},
		},
		{
			op: "createSsfStream", method: "POST", path: "/api/v1/ssf/stream", status: 201,
			body: `{"delivery":{"method":"urn:ietf:rfc:8935","endpoint_url":"https://example.com/ssf"},` +
				`"events_requested":["https://schemas.openid.net/secevent/caep/event-type/session-revoked"],"format":"iss_sub"}`,
			response: stream,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFTransmitter.CreateStream(ctx, &CreateStreamConfigurationRequest{
					Delivery:        &StreamConfigurationDelivery{Method: SSFDeliveryMethodRFC8935, EndpointURL: "https://example.com/ssf"},
					EventsRequested: []string{"https://schemas.openid.net/secevent/caep/event-type/session-revoked"},
					Format:          SSFStreamFormatIssSub,
				})
			},
		},
		{
			op: "replaceSsfStream", method: "PUT", path: "/api/v1/ssf/stream", body: streamPayload, response: stream,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				var got *StreamConfiguration
				if err := decodeJSON(stream, &got); err != nil {
					return nil, nil, err
				}
				return c.SSFTransmitter.ReplaceStream(ctx, got)
			},
		},
		{
			op: "updateSsfStream", method: "PATCH", path: "/api/v1/ssf/stream", body: `{"stream_id":"esc1","aud":["a","b"]}`, response: stream,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFTransmitter.UpdateStream(ctx, &StreamConfiguration{StreamID: "esc1", Aud: SSFAudience{"a", "b"}})
			},
		},
		{
			op: "deleteSsfStream", method: "DELETE", path: "/api/v1/ssf/stream", query: map[string]string{"stream_id": "esc1"}, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.SSFTransmitter.DeleteStream(ctx, &SSFTransmitterDeleteStreamOptions{StreamID: "esc1"}))
			},
		},
		{
			op: "getSsfStreamStatus", method: "GET", path: "/api/v1/ssf/stream/status", query: map[string]string{"stream_id": "esc1"},
			response: []byte(`{"stream_id":"esc1","status":"enabled"}`),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFTransmitter.GetStreamStatus(ctx, &SSFTransmitterGetStreamStatusOptions{StreamID: "esc1"})
			},
		},
		{
			op: "verifySsfStream", method: "POST", path: "/api/v1/ssf/stream/verification", body: `{"stream_id":"esc1","state":"s"}`, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.SSFTransmitter.VerifyStream(ctx, &VerifyStreamRequest{StreamID: "esc1", State: "s"}))
			},
		},
	})
}

func TestSSFReceiversRequests(t *testing.T) {
	t.Parallel()
	const id, esc = "sse/1 x", "sse%2F1%20x"
	base := "/api/v1/security-events-providers"
	one := []byte(securityEventsProviderPayload)
	const set = "eyJraWQiOiJzYW1wbGVfa2lkIiwidHlwIjoic2VjZXZlbnQrand0In0.eyJpc3MiOiJ4In0.c2ln"
	runAPICalls(t, []apiCall{
		{
			op: "listSecurityEventsProviderInstances", method: "GET", path: base, response: []byte("[" + securityEventsProviderPayload + "]"),
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFReceivers.List(ctx)
			},
		},
		{
			op: "createSecurityEventsProviderInstance", method: "POST", path: base,
			body:     `{"name":"Target SSF Provider","type":"okta","settings":{"well_known_url":"https://example.okta.com/.well-known/ssf-configuration"}}`,
			response: one,
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.SSFReceivers.Create(ctx, &CreateSecurityEventsProviderRequest{Name: "Target SSF Provider", Type: "okta",
					Settings: &SecurityEventsProviderSettings{WellKnownURL: "https://example.okta.com/.well-known/ssf-configuration"}})
			},
		},
		{
			op: "getSecurityEventsProviderInstance", ids: []string{id}, method: "GET", path: base + "/" + esc, response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.SSFReceivers.Get(ctx, ids[0])
			},
		},
		{
			op: "replaceSecurityEventsProviderInstance", ids: []string{id}, method: "PUT", path: base + "/" + esc,
			body: `{"name":"Target SSF Provider","type":"okta","settings":{"well_known_url":"https://example.okta.com/.well-known/ssf-configuration",` +
				`"issuer":"example.okta.com","jwks_url":"https://example.okta.com/oauth2/v1/keys"}}`,
			response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				var got *SecurityEventsProvider
				if err := decodeJSON(one, &got); err != nil {
					return nil, nil, err
				}
				return c.SSFReceivers.Replace(ctx, ids[0], got.ReplaceRequest())
			},
		},
		{
			op: "deleteSecurityEventsProviderInstance", ids: []string{id}, method: "DELETE", path: base + "/" + esc, status: 204, want: "-",
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.SSFReceivers.Delete(ctx, ids[0]))
			},
		},
		{
			op: "activateSecurityEventsProviderInstance", ids: []string{id}, method: "POST", path: base + "/" + esc + "/lifecycle/activate", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.SSFReceivers.Activate(ctx, ids[0])
			},
		},
		{
			op: "deactivateSecurityEventsProviderInstance", ids: []string{id}, method: "POST", path: base + "/" + esc + "/lifecycle/deactivate", response: one,
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.SSFReceivers.Deactivate(ctx, ids[0])
			},
		},
		{
			op: "publishSecurityEventTokens", method: "POST", path: "/security/api/v1/security-events", status: 202, want: "-",
			checkBody: func(t *testing.T, r *http.Request) {
				b, _ := io.ReadAll(r.Body)
				if ct := r.Header.Get("Content-Type"); ct != "application/secevent+jwt" || string(b) != set {
					t.Errorf("body = %s %q, want application/secevent+jwt %q", ct, b, set)
				}
			},
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return apiNoResult(c.SSFReceivers.PublishSecurityEventToken(ctx, set))
			},
		},
	})
}

// TestSSFTypedFields checks typed fields, both forms of a stream's audience, and that unknown members and
// values survive a round trip.
func TestSSFTypedFields(t *testing.T) {
	t.Parallel()
	s := assertRoundTrip[*StreamConfiguration](t, []byte(streamPayload))
	if !cmp.Equal(s.Aud, SSFAudience{"https://example.com"}) || s.Delivery.Method != SSFDeliveryMethodRFC8935 || s.Format != SSFStreamFormatIssSub ||
		len(s.EventsSupported) != 2 || s.MinVerificationInterval != nil {
		t.Errorf("stream = %+v", s)
	}
	many := assertRoundTrip[*StreamConfiguration](t, []byte(`{"aud":["a","b"],"format":"opaque","delivery":{"method":"urn:new"}}`))
	if !cmp.Equal(many.Aud, SSFAudience{"a", "b"}) {
		t.Errorf("aud = %v", many.Aud)
	}
	p := assertRoundTrip[*SecurityEventsProvider](t, []byte(securityEventsProviderPayload))
	if p.Status != SecurityEventsProviderStatusActive || p.Settings.JWKSURL == "" || p.Links.Href("deactivate") == "" {
		t.Errorf("provider = %+v", p)
	}
	assertRoundTrip[*SecurityEventsProvider](t, []byte(`{"status":"PAUSED","settings":{"well_known_url":null}}`))
	assertRoundTrip[*CreateSecurityEventsProviderRequest](t, []byte(`{"name":"x","settings":{"issuer":"i","jwks_url":"j"},"z":0}`))
	assertRoundTrip[*StreamStatus](t, []byte(`{"stream_id":"x","status":"paused"}`))
	assertRoundTrip[*VerifyStreamRequest](t, []byte(`{"stream_id":"x","other":"y"}`))
}
