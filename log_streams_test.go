package okta

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
)

// Nothing was recorded for the log stream operations: testdata/log_streams holds the spec's examples and
// samples made from them (a Splunk stream, a kind the SDK does not know).

func TestLogStreamsMethods(t *testing.T) {
	t.Parallel()
	spec := func(op string) string { return string(firstPayload(t, "log_streams", op, "spec.")) }
	aws := &LogStreamAWS{
		LogStreamBase: LogStreamBase{Type: LogStreamTypeAWSEventBridge, Name: "Example AWS EventBridge"},
		Settings:      &LogStreamSettingsAWS{EventSourceName: "your-event-source-name", AccountID: "123456789012", Region: AWSRegionUsEast2},
	}
	splunkPut := &ReplaceLogStreamSplunkRequest{
		ReplaceLogStreamRequestBase: ReplaceLogStreamRequestBase{Type: LogStreamTypeSplunkCloud, Name: "Splunk Cloud Renamed"},
		Settings:                    &ReplaceLogStreamSplunkSettings{Edition: SplunkEditionGCP, Host: "okexample.splunkcloud.com"},
	}
	const id, esc = "0oa1/ls", "0oa1%2Fls"
	calls := []apiCall{
		{
			op: "listLogStreams",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.LogStreams.List(ctx, &LogStreamsListOptions{After: "c1", Limit: 20, Filter: `type eq "aws_eventbridge"`})
			},
			method: http.MethodGet, path: "/api/v1/logStreams",
			query:    map[string]string{"after": "c1", "limit": "20", "filter": `type eq "aws_eventbridge"`},
			response: firstPayload(t, "log_streams", "listLogStreams", "sample."),
			check: func(t *testing.T, got any) {
				ls := got.([]LogStream)
				if len(ls) != 3 {
					t.Fatalf("%d log streams, want 3", len(ls))
				}
				if _, ok := ls[0].(*LogStreamAWS); !ok {
					t.Errorf("first is a %T", ls[0])
				}
				if _, ok := ls[1].(*LogStreamSplunk); !ok {
					t.Errorf("second is a %T", ls[1])
				}
				if u, ok := ls[2].(*UnknownLogStream); !ok || u.Base().Type != "datadog_logstreaming" || u.Settings == nil {
					t.Errorf("third is a %T: %+v", ls[2], ls[2])
				}
			},
		},
		{
			op: "createLogStream",
			call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
				return c.LogStreams.Create(ctx, aws)
			},
			method: http.MethodPost, path: "/api/v1/logStreams",
			body:     string(fixture(t, "log_streams/requests/createLogStream.spec.LogStreamPostRequestExample.json")),
			response: []byte(spec("createLogStream")),
			check: func(t *testing.T, got any) {
				a, ok := got.(*LogStreamAWS)
				if !ok || a.ID != "0oa1orqUGCIoCGNxf0g4" || a.Status != LifecycleStatusActive || a.Settings.Region != AWSRegionUsEast2 {
					t.Errorf("log stream = %T %+v", got, got)
				}
			},
		},
		{
			op: "getLogStream", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.LogStreams.Get(ctx, ids[0])
			},
			method: http.MethodGet, path: "/api/v1/logStreams/" + esc, response: []byte(spec("getLogStream")),
		},
		{
			op: "replaceLogStream", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.LogStreams.Replace(ctx, ids[0], splunkPut)
			},
			method: http.MethodPut, path: "/api/v1/logStreams/" + esc,
			body:     string(fixture(t, "log_streams/requests/replaceLogStream.sample.splunk.json")),
			response: []byte(spec("replaceLogStream")),
		},
		{
			op: "deleteLogStream", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return apiNoResult(c.LogStreams.Delete(ctx, ids[0]))
			},
			method: http.MethodDelete, path: "/api/v1/logStreams/" + esc, status: http.StatusNoContent,
		},
		{
			op: "activateLogStream", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.LogStreams.Activate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/logStreams/" + esc + "/lifecycle/activate", response: []byte(spec("activateLogStream")),
		},
		{
			op: "deactivateLogStream", ids: []string{id},
			call: func(ctx context.Context, c *Client, ids []string) (any, *Response, error) {
				return c.LogStreams.Deactivate(ctx, ids[0])
			},
			method: http.MethodPost, path: "/api/v1/logStreams/" + esc + "/lifecycle/deactivate", response: []byte(spec("deactivateLogStream")),
			check: func(t *testing.T, got any) {
				s, ok := got.(*LogStreamSplunk)
				if !ok || s.Status != LifecycleStatusInactive || s.Settings.Host != "okexample.splunkcloud.com" || s.Links.Href("activate") == "" {
					t.Errorf("log stream = %T %+v", got, got)
				}
			},
		},
	}
	checkCalledOperations(t, calls, "LogStream")
	runAPICalls(t, calls)
}

func TestLogStreamsIterator(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "ListIter", path: "/api/v1/logStreams", query: map[string]string{"filter": `status eq "ACTIVE"`, "limit": "1"},
		first: `[{"id": "0oa1", "type": "aws_eventbridge"}]`, second: `[{"id": "0oa2", "type": "splunk_cloud_logstreaming"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.LogStreams.ListIter(ctx, &LogStreamsListOptions{Filter: `status eq "ACTIVE"`, Limit: 1}))
		},
	}})
}

func TestLogStreamsPayloads(t *testing.T) {
	t.Parallel()
	one := func(t *testing.T, raw []byte) { assertRoundTrip[LogStream](t, raw) }
	request := func(t *testing.T, raw []byte) {
		assertRoundTrip[LogStream](t, raw)
		assertRoundTrip[ReplaceLogStreamRequest](t, raw)
	}
	checkRecordedPayloads(t, "log_streams", map[string]func(*testing.T, []byte){
		"listLogStreams":      func(t *testing.T, raw []byte) { assertRoundTrip[[]LogStream](t, raw) },
		"createLogStream":     one,
		"getLogStream":        one,
		"replaceLogStream":    one,
		"activateLogStream":   one,
		"deactivateLogStream": one,
		// The request bodies of createLogStream and replaceLogStream, as the two types that send them.
		"requests/createLogStream":  request,
		"requests/replaceLogStream": request,
	})
}

// TestLogStreamPutSchemaKinds decodes a replacement of each kind into its type; an unknown kind keeps its
// settings.
func TestLogStreamPutSchemaKinds(t *testing.T) {
	t.Parallel()
	cases := map[string]string{
		`{"type": "aws_eventbridge", "name": "a", "settings": {"accountId": "123456789012", "eventSourceName": "e", "region": "eu-west-1"}}`: "*okta.LogStreamAwsPutSchema",
		`{"type": "splunk_cloud_logstreaming", "name": "s", "settings": {"edition": "aws", "host": "h.splunkcloud.com"}}`:                    "*okta.LogStreamSplunkPutSchema",
		`{"type": "new_kind", "name": "n", "settings": {"x": 1}}`:                                                                            "*okta.UnknownLogStreamPutSchema",
	}
	for raw, want := range cases {
		v := assertRoundTrip[ReplaceLogStreamRequest](t, []byte(raw))
		if got := fmt.Sprintf("%T", v); got != want {
			t.Errorf("%s decodes to %s, want %s", raw, got, want)
		}
		if v.Base().Name == "" {
			t.Errorf("%s: no name", raw)
		}
	}
	var u UnknownReplaceLogStreamRequest
	if err := json.Unmarshal([]byte(`{"type": "new_kind", "settings": {"x": 1}}`), &u); err != nil || string(u.Settings["x"]) != "1" {
		t.Errorf("unknown settings = %v (%v)", u.Settings, err)
	}
}
