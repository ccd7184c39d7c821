package okta

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// LogStreamsService manages log streams, which send the org's System Log events to a third-party service as
// they happen: an AWS EventBridge event source or Splunk Cloud. Reach it as client.LogStreams.
//
// Log streams come in kinds, told apart by their type. Methods that return one return a [LogStream]; switch on
// its concrete type to reach the kind's settings:
//
//	ls, _, err := client.LogStreams.Get(ctx, id)
//	if err != nil { ... }
//	if aws, ok := ls.(*okta.LogStreamAWS); ok {
//		fmt.Println(aws.Settings.EventSourceName)
//	}
type LogStreamsService service

// List returns one page of log streams. Pass resp.After back in opts.After to fetch the next page, or use
// ListIter. A log stream of a kind this SDK does not know is an *UnknownLogStream.
//
//okta:operation listLogStreams GET /api/v1/logStreams
func (s *LogStreamsService) List(ctx context.Context, opts *LogStreamsListOptions) ([]LogStream, *Response, error) {
	return send[[]LogStream](ctx, s.client, newRequest(http.MethodGet, "/api/v1/logStreams").withQuery(opts))
}

// ListIter returns an iterator over all log streams that match opts, fetching pages as it goes.
func (s *LogStreamsService) ListIter(ctx context.Context, opts *LogStreamsListOptions) *Iterator[LogStream] {
	return newIterator[LogStream](ctx, s.client, newRequest(http.MethodGet, "/api/v1/logStreams").withQuery(opts))
}

// Create creates a log stream. stream is a *LogStreamAWS or *LogStreamSplunk with its Type, Name and Settings
// set. The new stream is ACTIVE.
//
//okta:operation createLogStream POST /api/v1/logStreams
func (s *LogStreamsService) Create(ctx context.Context, stream LogStream) (LogStream, *Response, error) {
	return send[LogStream](ctx, s.client, newRequest(http.MethodPost, "/api/v1/logStreams").withBody(stream))
}

// Get retrieves a log stream by ID.
//
//okta:operation getLogStream GET /api/v1/logStreams/{logStreamId}
func (s *LogStreamsService) Get(ctx context.Context, logStreamID string) (LogStream, *Response, error) {
	return send[LogStream](ctx, s.client, newRequest(http.MethodGet, "/api/v1/logStreams/{logStreamId}", logStreamID))
}

// Replace replaces a log stream's name and settings with those of stream, a *ReplaceLogStreamAWSRequest or
// *ReplaceLogStreamSplunkRequest of the stream's type. Settings that are written once (all of an AWS EventBridge
// stream's) cannot change, but Okta still wants them in the body with their original values; the Splunk
// token is neither sent nor changed.
//
//okta:operation replaceLogStream PUT /api/v1/logStreams/{logStreamId}
func (s *LogStreamsService) Replace(ctx context.Context, logStreamID string, stream ReplaceLogStreamRequest) (LogStream, *Response, error) {
	return send[LogStream](ctx, s.client, newRequest(http.MethodPut, "/api/v1/logStreams/{logStreamId}", logStreamID).withBody(stream))
}

// Delete deletes a log stream.
//
//okta:operation deleteLogStream DELETE /api/v1/logStreams/{logStreamId}
func (s *LogStreamsService) Delete(ctx context.Context, logStreamID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/logStreams/{logStreamId}", logStreamID))
}

// Activate activates a log stream, which resumes sending events, and returns it.
//
//okta:operation activateLogStream POST /api/v1/logStreams/{logStreamId}/lifecycle/activate
func (s *LogStreamsService) Activate(ctx context.Context, logStreamID string) (LogStream, *Response, error) {
	return send[LogStream](ctx, s.client, newRequest(http.MethodPost, "/api/v1/logStreams/{logStreamId}/lifecycle/activate", logStreamID))
}

// Deactivate deactivates a log stream, which stops sending events, and returns it.
//
//okta:operation deactivateLogStream POST /api/v1/logStreams/{logStreamId}/lifecycle/deactivate
func (s *LogStreamsService) Deactivate(ctx context.Context, logStreamID string) (LogStream, *Response, error) {
	return send[LogStream](ctx, s.client, newRequest(http.MethodPost, "/api/v1/logStreams/{logStreamId}/lifecycle/deactivate", logStreamID))
}

// LogStreamsListOptions are the parameters of LogStreamsService.List.
type LogStreamsListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// Filter is a filter expression with eq on status or type, e.g. `type eq "aws_eventbridge"`.
	Filter string `url:"filter"`
}

// LogStreamType is the kind of service a log stream sends events to. It decides the log stream's Go type.
type LogStreamType string

// LogStreamType values. Okta may send others; they decode as they are, to an UnknownLogStream.
const (
	LogStreamTypeAWSEventBridge LogStreamType = "aws_eventbridge"
	LogStreamTypeSplunkCloud    LogStreamType = "splunk_cloud_logstreaming"
)

// LogStream is a log stream. Its concrete type depends on its type:
//
//	aws_eventbridge            *LogStreamAWS
//	splunk_cloud_logstreaming  *LogStreamSplunk
//	anything else              *UnknownLogStream
//
// Every one keeps the members it does not model in its Extra.
type LogStream interface {
	// Base returns the members every kind of log stream has, to read or change them.
	Base() *LogStreamBase
}

func init() { registerUnion(decodeLogStream) }

// decodeLogStream decodes one log stream into the concrete type its type names.
func decodeLogStream(data []byte) (LogStream, error) {
	var ls LogStream
	switch LogStreamType(discriminator(data, "type")) {
	case LogStreamTypeAWSEventBridge:
		ls = new(LogStreamAWS)
	case LogStreamTypeSplunkCloud:
		ls = new(LogStreamSplunk)
	default:
		ls = new(UnknownLogStream)
	}
	if err := json.Unmarshal(data, ls); err != nil {
		return nil, err
	}
	return ls, nil
}

// LogStreamBase holds the members every kind of log stream has. Each log stream type embeds it; reach it
// through any LogStream with Base.
type LogStreamBase struct {
	ID   string        `json:"id,omitzero"`
	Name string        `json:"name,omitzero"`
	Type LogStreamType `json:"type,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status      LifecycleStatus `json:"status,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	Links       Links           `json:"_links,omitzero"`
}

// LogStreamAWS is a log stream to an AWS EventBridge event source (type aws_eventbridge).
type LogStreamAWS struct {
	LogStreamBase
	Settings *LogStreamSettingsAWS `json:"settings,omitzero"`
	Extra    Extra                 `json:"-"`
}

// Base returns the members every kind of log stream has.
func (l *LogStreamAWS) Base() *LogStreamBase { return &l.LogStreamBase }

// LogStreamSplunk is a log stream to Splunk Cloud (type splunk_cloud_logstreaming).
type LogStreamSplunk struct {
	LogStreamBase
	Settings *LogStreamSettingsSplunk `json:"settings,omitzero"`
	Extra    Extra                    `json:"-"`
}

// Base returns the members every kind of log stream has.
func (l *LogStreamSplunk) Base() *LogStreamBase { return &l.LogStreamBase }

// UnknownLogStream is a log stream of a type this SDK does not know. Its settings are kept as Okta sent them.
type UnknownLogStream struct {
	LogStreamBase
	Settings Extra `json:"settings,omitzero"`
	Extra    Extra `json:"-"`
}

// Base returns the members every kind of log stream has.
func (l *UnknownLogStream) Base() *LogStreamBase { return &l.LogStreamBase }

// LogStreamSettingsAWS are the settings of an AWS EventBridge log stream. None can change after creation.
type LogStreamSettingsAWS struct {
	// AccountID is the 12-digit AWS account ID.
	AccountID string `json:"accountId,omitzero"`
	// EventSourceName is the name of the EventBridge partner event source Okta creates.
	EventSourceName string    `json:"eventSourceName,omitzero"`
	Region          AWSRegion `json:"region,omitzero"`
	Extra           Extra     `json:"-"`
}

// AWSRegion is an AWS region that EventBridge log streams support.
type AWSRegion string

// AWSRegion values.
const (
	AWSRegionApNortheast1 AWSRegion = "ap-northeast-1"
	AWSRegionApNortheast2 AWSRegion = "ap-northeast-2"
	AWSRegionApNortheast3 AWSRegion = "ap-northeast-3"
	AWSRegionApSouth1     AWSRegion = "ap-south-1"
	AWSRegionApSoutheast1 AWSRegion = "ap-southeast-1"
	AWSRegionApSoutheast2 AWSRegion = "ap-southeast-2"
	AWSRegionCaCentral1   AWSRegion = "ca-central-1"
	AWSRegionEuCentral1   AWSRegion = "eu-central-1"
	AWSRegionEuNorth1     AWSRegion = "eu-north-1"
	AWSRegionEuWest1      AWSRegion = "eu-west-1"
	AWSRegionEuWest2      AWSRegion = "eu-west-2"
	AWSRegionEuWest3      AWSRegion = "eu-west-3"
	AWSRegionSaEast1      AWSRegion = "sa-east-1"
	AWSRegionUsEast1      AWSRegion = "us-east-1"
	AWSRegionUsEast2      AWSRegion = "us-east-2"
	AWSRegionUsWest1      AWSRegion = "us-west-1"
	AWSRegionUsWest2      AWSRegion = "us-west-2"
)

// LogStreamSettingsSplunk are the settings of a Splunk Cloud log stream.
type LogStreamSettingsSplunk struct {
	Edition SplunkEdition `json:"edition,omitzero"`
	// Host is the Splunk Cloud instance's domain, such as "acme.splunkcloud.com", without a scheme or port.
	Host string `json:"host,omitzero"`
	// Token is the HTTP Event Collector token (write-only: Okta never returns it).
	Token string `json:"token,omitzero"`
	Extra Extra  `json:"-"`
}

// SplunkEdition is the cloud a Splunk Cloud instance runs in.
type SplunkEdition string

// SplunkEdition values.
const (
	SplunkEditionAWS         SplunkEdition = "aws"
	SplunkEditionAWSGovCloud SplunkEdition = "aws_govcloud"
	SplunkEditionGCP         SplunkEdition = "gcp"
)

// ReplaceLogStreamRequest is the body of LogStreamsService.Replace. Its concrete type depends on the stream's type:
//
//	aws_eventbridge            *ReplaceLogStreamAWSRequest
//	splunk_cloud_logstreaming  *ReplaceLogStreamSplunkRequest
//	anything else              *UnknownReplaceLogStreamRequest
type ReplaceLogStreamRequest interface {
	// Base returns the members every kind of log stream replacement has.
	Base() *ReplaceLogStreamRequestBase
}

func init() { registerUnion(decodeLogStreamPutSchema) }

// decodeLogStreamPutSchema decodes one log stream replacement into the concrete type its type names.
func decodeLogStreamPutSchema(data []byte) (ReplaceLogStreamRequest, error) {
	var ls ReplaceLogStreamRequest
	switch LogStreamType(discriminator(data, "type")) {
	case LogStreamTypeAWSEventBridge:
		ls = new(ReplaceLogStreamAWSRequest)
	case LogStreamTypeSplunkCloud:
		ls = new(ReplaceLogStreamSplunkRequest)
	default:
		ls = new(UnknownReplaceLogStreamRequest)
	}
	if err := json.Unmarshal(data, ls); err != nil {
		return nil, err
	}
	return ls, nil
}

// ReplaceLogStreamRequestBase holds the members every kind of log stream replacement has.
type ReplaceLogStreamRequestBase struct {
	Name string        `json:"name,omitzero"`
	Type LogStreamType `json:"type,omitzero"`
}

// ReplaceLogStreamAWSRequest replaces an AWS EventBridge log stream (type aws_eventbridge).
type ReplaceLogStreamAWSRequest struct {
	ReplaceLogStreamRequestBase
	Settings *LogStreamSettingsAWS `json:"settings,omitzero"`
	Extra    Extra                 `json:"-"`
}

// Base returns the members every kind of log stream replacement has.
func (l *ReplaceLogStreamAWSRequest) Base() *ReplaceLogStreamRequestBase {
	return &l.ReplaceLogStreamRequestBase
}

// ReplaceLogStreamSplunkRequest replaces a Splunk Cloud log stream (type splunk_cloud_logstreaming).
type ReplaceLogStreamSplunkRequest struct {
	ReplaceLogStreamRequestBase
	Settings *ReplaceLogStreamSplunkSettings `json:"settings,omitzero"`
	Extra    Extra                           `json:"-"`
}

// Base returns the members every kind of log stream replacement has.
func (l *ReplaceLogStreamSplunkRequest) Base() *ReplaceLogStreamRequestBase {
	return &l.ReplaceLogStreamRequestBase
}

// UnknownReplaceLogStreamRequest replaces a log stream of a type this SDK does not know; Settings is sent as it is.
type UnknownReplaceLogStreamRequest struct {
	ReplaceLogStreamRequestBase
	Settings Extra `json:"settings,omitzero"`
	Extra    Extra `json:"-"`
}

// Base returns the members every kind of log stream replacement has.
func (l *UnknownReplaceLogStreamRequest) Base() *ReplaceLogStreamRequestBase {
	return &l.ReplaceLogStreamRequestBase
}

// ReplaceLogStreamSplunkSettings are the settings of a Splunk Cloud log stream that Replace can change: the token
// cannot.
type ReplaceLogStreamSplunkSettings struct {
	Edition SplunkEdition `json:"edition,omitzero"`
	// Host is the Splunk Cloud instance's domain, such as "acme.splunkcloud.com".
	Host  string `json:"host,omitzero"`
	Extra Extra  `json:"-"`
}
