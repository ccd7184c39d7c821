package okta

import (
	"context"
	"encoding/json"
	"net/http"
)

// SSFTransmitterService manages the org as a Shared Signals Framework (SSF) transmitter: the streams through
// which Okta sends security event tokens (CAEP, RISC) to a receiver. Reach it as client.SSFTransmitter.
type SSFTransmitterService service

// GetMetadata returns the org's SSF transmitter metadata, its /.well-known/ssf-configuration document.
//
//okta:operation getWellknownSsfMetadata GET /.well-known/ssf-configuration
func (s *SSFTransmitterService) GetMetadata(ctx context.Context) (*WellKnownSSFMetadata, *Response, error) {
	return send[*WellKnownSSFMetadata](ctx, s.client, newRequest(http.MethodGet, "/.well-known/ssf-configuration"))
}

// ListStreams returns the org's SSF streams, or with opts.StreamID the one stream of that ID. Okta answers a
// single stream as an object and several as an array; both come back as a slice.
//
//okta:operation getSsfStreams GET /api/v1/ssf/stream
func (s *SSFTransmitterService) ListStreams(ctx context.Context, opts *SSFTransmitterListStreamsOptions) ([]StreamConfiguration, *Response, error) {
	streams, resp, err := send[oneOrMoreStreams](ctx, s.client, newRequest(http.MethodGet, "/api/v1/ssf/stream").withQuery(opts))
	return streams, resp, err
}

// CreateStream creates an SSF stream to a receiver.
//
//okta:operation createSsfStream POST /api/v1/ssf/stream
func (s *SSFTransmitterService) CreateStream(ctx context.Context, stream *CreateStreamConfigurationRequest) (*StreamConfiguration, *Response, error) {
	return send[*StreamConfiguration](ctx, s.client, newRequest(http.MethodPost, "/api/v1/ssf/stream").withBody(stream))
}

// ReplaceStream replaces the configuration of the SSF stream stream.StreamID names.
//
//okta:operation replaceSsfStream PUT /api/v1/ssf/stream
func (s *SSFTransmitterService) ReplaceStream(ctx context.Context, stream *StreamConfiguration) (*StreamConfiguration, *Response, error) {
	return send[*StreamConfiguration](ctx, s.client, newRequest(http.MethodPut, "/api/v1/ssf/stream").withBody(stream))
}

// UpdateStream changes the members of the SSF stream stream.StreamID names that stream sets.
//
//okta:operation updateSsfStream PATCH /api/v1/ssf/stream
func (s *SSFTransmitterService) UpdateStream(ctx context.Context, stream *StreamConfiguration) (*StreamConfiguration, *Response, error) {
	return send[*StreamConfiguration](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/ssf/stream").withBody(stream))
}

// DeleteStream deletes the SSF stream opts.StreamID names, or the org's stream.
//
//okta:operation deleteSsfStream DELETE /api/v1/ssf/stream
func (s *SSFTransmitterService) DeleteStream(ctx context.Context, opts *SSFTransmitterDeleteStreamOptions) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/ssf/stream").withQuery(opts))
}

// GetStreamStatus returns whether the SSF stream opts.StreamID names (or the org's stream) is enabled.
//
//okta:operation getSsfStreamStatus GET /api/v1/ssf/stream/status
func (s *SSFTransmitterService) GetStreamStatus(ctx context.Context, opts *SSFTransmitterGetStreamStatusOptions) (*StreamStatus, *Response, error) {
	return send[*StreamStatus](ctx, s.client, newRequest(http.MethodGet, "/api/v1/ssf/stream/status").withQuery(opts))
}

// VerifyStream asks Okta to send a verification event over an SSF stream, so the receiver can check it.
//
//okta:operation verifySsfStream POST /api/v1/ssf/stream/verification
func (s *SSFTransmitterService) VerifyStream(ctx context.Context, req *VerifyStreamRequest) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/ssf/stream/verification").withBody(req))
}

// SSFTransmitterListStreamsOptions are the parameters of SSFTransmitterService.ListStreams.
type SSFTransmitterListStreamsOptions struct {
	// StreamID selects one stream.
	StreamID string `url:"stream_id"`
}

// SSFTransmitterDeleteStreamOptions are the parameters of SSFTransmitterService.DeleteStream.
type SSFTransmitterDeleteStreamOptions struct {
	// StreamID selects the stream to delete.
	StreamID string `url:"stream_id"`
}

// SSFTransmitterGetStreamStatusOptions are the parameters of SSFTransmitterService.GetStreamStatus.
type SSFTransmitterGetStreamStatusOptions struct {
	// StreamID selects the stream.
	StreamID string `url:"stream_id"`
}

// oneOrMoreStreams decodes the answer of getSsfStreams: one stream as an object, or an array of them.
type oneOrMoreStreams []StreamConfiguration

// UnmarshalJSON decodes one stream or an array of them.
func (s *oneOrMoreStreams) UnmarshalJSON(b []byte) error {
	if data := trimLeftSpace(b); len(data) > 0 && data[0] == '{' {
		var one StreamConfiguration
		if err := json.Unmarshal(data, &one); err != nil {
			return err
		}
		*s = oneOrMoreStreams{one}
		return nil
	}
	return json.Unmarshal(b, (*[]StreamConfiguration)(s))
}

func trimLeftSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

// SSFDefaultSubjects says which subjects a new stream covers by default.
type SSFDefaultSubjects string

// SSFDefaultSubjects values. Okta may send others; they decode as they are.
const (
	SSFDefaultSubjectsAll  SSFDefaultSubjects = "ALL"
	SSFDefaultSubjectsNone SSFDefaultSubjects = "NONE"
)

// WellKnownSSFMetadata is the org's SSF transmitter metadata.
type WellKnownSSFMetadata struct {
	Issuer                   string                        `json:"issuer,omitzero"`
	JWKSURI                  string                        `json:"jwks_uri,omitzero"`
	ConfigurationEndpoint    string                        `json:"configuration_endpoint,omitzero"`
	VerificationEndpoint     string                        `json:"verification_endpoint,omitzero"`
	DeliveryMethodsSupported []SSFDeliveryMethod           `json:"delivery_methods_supported,omitzero"`
	AuthorizationSchemes     []WellKnownSSFMetadataSpecURN `json:"authorization_schemes,omitzero"`
	DefaultSubjects          SSFDefaultSubjects            `json:"default_subjects,omitzero"`
	SpecVersion              string                        `json:"spec_version,omitzero"`
	Extra                    Extra                         `json:"-"`
}

// WellKnownSSFMetadataSpecURN names a specification, such as an authorization scheme the transmitter supports.
type WellKnownSSFMetadataSpecURN struct {
	SpecURN string `json:"spec_urn,omitzero"`
	Extra   Extra  `json:"-"`
}

// SSFDeliveryMethod is how a stream delivers its events.
type SSFDeliveryMethod string

// SSFDeliveryMethod values. Okta may send others; they decode as they are.
const (
	// SSFDeliveryMethodPush is push delivery, as the RISC profile names it.
	SSFDeliveryMethodPush SSFDeliveryMethod = "https://schemas.openid.net/secevent/risc/delivery-method/push"
	// SSFDeliveryMethodRFC8935 is push delivery as RFC 8935 names it.
	SSFDeliveryMethodRFC8935 SSFDeliveryMethod = "urn:ietf:rfc:8935"
)

// SSFStreamFormat is the subject format of a stream's events.
type SSFStreamFormat string

// SSFStreamFormat values. Okta may send others; they decode as they are.
const (
	SSFStreamFormatIssSub SSFStreamFormat = "iss_sub"
)

// StreamConfiguration is the configuration of an SSF stream.
type StreamConfiguration struct {
	StreamID string `json:"stream_id,omitzero"`
	// Iss is the transmitter's issuer (read-only).
	Iss string `json:"iss,omitzero"`
	// Aud is the stream's audience: one URI or several.
	Aud      SSFAudience                  `json:"aud,omitzero"`
	Delivery *StreamConfigurationDelivery `json:"delivery,omitzero"`
	// EventsRequested are the event types the receiver asks for (up to 50 URIs).
	EventsRequested []string `json:"events_requested,omitzero"`
	// EventsSupported and EventsDelivered are read-only.
	EventsSupported []string        `json:"events_supported,omitzero"`
	EventsDelivered []string        `json:"events_delivered,omitzero"`
	Format          SSFStreamFormat `json:"format,omitzero"`
	// MinVerificationInterval is the least number of seconds between verification requests.
	MinVerificationInterval *int  `json:"min_verification_interval,omitzero"`
	Extra                   Extra `json:"-"`
}

// SSFAudience is the audience of an SSF stream. Okta writes it as one string or an array of them; it
// decodes from either, and encodes as a string when it has one element.
type SSFAudience []string

// UnmarshalJSON decodes an audience written as a string or an array of strings.
func (a *SSFAudience) UnmarshalJSON(b []byte) error {
	if data := trimLeftSpace(b); len(data) > 0 && data[0] == '"' {
		var one string
		if err := json.Unmarshal(data, &one); err != nil {
			return err
		}
		*a = SSFAudience{one}
		return nil
	}
	return json.Unmarshal(b, (*[]string)(a))
}

// MarshalJSON encodes a one-element audience as a string, any other as an array.
func (a SSFAudience) MarshalJSON() ([]byte, error) {
	if len(a) == 1 {
		return json.Marshal(a[0])
	}
	return json.Marshal([]string(a))
}

// StreamConfigurationDelivery is how and where an SSF stream delivers its events.
type StreamConfigurationDelivery struct {
	Method SSFDeliveryMethod `json:"method,omitzero"`
	// EndpointURL is the receiver's URL.
	EndpointURL string `json:"endpoint_url,omitzero"`
	// AuthorizationHeader is the Authorization header Okta sends with each event.
	AuthorizationHeader string `json:"authorization_header,omitzero"`
	Extra               Extra  `json:"-"`
}

// CreateStreamConfigurationRequest is the body of SSFTransmitterService.CreateStream.
type CreateStreamConfigurationRequest struct {
	Delivery        *StreamConfigurationDelivery `json:"delivery,omitzero"`
	EventsRequested []string                     `json:"events_requested,omitzero"`
	Format          SSFStreamFormat              `json:"format,omitzero"`
	Extra           Extra                        `json:"-"`
}

// SSFStreamStatusValue is whether a stream transmits events.
type SSFStreamStatusValue string

// SSFStreamStatusValue values. Okta may send others; they decode as they are.
const (
	SSFStreamStatusEnabled  SSFStreamStatusValue = "enabled"
	SSFStreamStatusDisabled SSFStreamStatusValue = "disabled"
)

// StreamStatus is the status of an SSF stream.
type StreamStatus struct {
	StreamID string               `json:"stream_id,omitzero"`
	Status   SSFStreamStatusValue `json:"status,omitzero"`
	Extra    Extra                `json:"-"`
}

// VerifyStreamRequest is the body of SSFTransmitterService.VerifyStream.
type VerifyStreamRequest struct {
	// StreamID is the stream to verify (required).
	StreamID string `json:"stream_id,omitzero"`
	// State is an opaque value the verification event carries back.
	State string `json:"state,omitzero"`
	Extra Extra  `json:"-"`
}
