package okta

import (
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"
)

func TestSystemLogMethods(t *testing.T) {
	t.Parallel()
	events := string(fixture(t, "system_log/listLogEvents/example.session_start.json"))
	runAPICalls(t, []apiCall{{
		name: "List",
		call: func(ctx context.Context, c *Client, _ []string) (any, *Response, error) {
			return c.SystemLog.List(ctx, &SystemLogListOptions{
				Since:  time.Date(2024, 8, 13, 0, 0, 0, 0, time.UTC),
				Until:  time.Date(2024, 8, 14, 2, 0, 0, 0, time.FixedZone("CEST", 2*60*60)),
				Filter: `eventType eq "user.session.start"`, Q: "Doe", Limit: 10, SortOrder: "DESCENDING", After: "1723564700353_1",
			})
		},
		method: http.MethodGet, path: "/api/v1/logs",
		query: map[string]string{"since": "2024-08-13T00:00:00Z", "until": "2024-08-14T00:00:00Z", "filter": `eventType eq "user.session.start"`,
			"q": "Doe", "limit": "10", "sortOrder": "DESCENDING", "after": "1723564700353_1"},
		response: []byte(events),
		check: func(t *testing.T, got any) {
			es := got.([]LogEvent)
			if len(es) != 1 {
				t.Fatalf("%d events, want 1", len(es))
			}
			e := es[0]
			if e.EventType != "user.session.start" || e.Severity != LogSeverityInfo || e.Actor.AlternateID != "john.doe@example.com" ||
				e.Outcome.Result != "SUCCESS" || *e.Client.GeographicalContext.Geolocation.Lat != 40.3157 || e.Request.IPChain[0].IP != "10.0.0.1" ||
				len(e.Target) != 2 || e.Target[1].DetailEntry["signOnModeType"] == nil || e.DebugContext.DebugData["requestUri"] == nil ||
				*e.SecurityContext.AsNumber != 394089 || *e.SecurityContext.IsProxy || *e.AuthenticationContext.AuthenticationStep != 0 ||
				e.AuthenticationContext.Extra["rootSessionId"] == nil || e.Published.IsZero() {
				t.Errorf("event = %+v", e)
			}
		},
	}})
}

func TestSystemLogListIter(t *testing.T) {
	t.Parallel()
	runPagedLists(t, []pagedList{{
		name: "bounded", path: "/api/v1/logs", query: map[string]string{"until": "2024-08-14T00:00:00Z"},
		first: `[{"uuid": "e1"}, {"uuid": "e2"}]`, second: `[{"uuid": "e3"}]`,
		walk: func(ctx context.Context, c *Client, _ []string) (int, *Response, error) {
			return countAll(c.SystemLog.ListIter(ctx, &SystemLogListOptions{Until: time.Date(2024, 8, 14, 0, 0, 0, 0, time.UTC)}))
		},
	}})
}

// TestSystemLogListIterPolling checks that iterating over a polling query, whose every page links to the next,
// stops at the first empty page and leaves the cursor to poll from later.
func TestSystemLogListIterPolling(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	var requests atomic.Int32
	mux.HandleFunc("/api/v1/logs", func(w http.ResponseWriter, r *http.Request) {
		switch requests.Add(1) {
		case 1:
			testQuery(t, r, map[string]string{"since": "2024-08-13T00:00:00Z"})
			w.Header().Set("Link", `<https://test.okta.com/api/v1/logs?since=2024-08-13T00%3A00%3A00Z&after=c1>; rel="next"`)
			serveJSON(w, http.StatusOK, []byte(`[{"uuid": "e1"}, {"uuid": "e2"}]`))
		case 2:
			testQuery(t, r, map[string]string{"since": "2024-08-13T00:00:00Z", "after": "c1"})
			w.Header().Set("Link", `<https://test.okta.com/api/v1/logs?since=2024-08-13T00%3A00%3A00Z&after=c1>; rel="next"`)
			serveJSON(w, http.StatusOK, []byte(`[]`))
		default:
			t.Errorf("request %d: the iterator did not stop at the empty page", requests.Load())
			serveJSON(w, http.StatusOK, []byte(`[]`))
		}
	})
	it := c.SystemLog.ListIter(t.Context(), &SystemLogListOptions{Since: time.Date(2024, 8, 13, 0, 0, 0, 0, time.UTC)})
	var uuids []string
	for it.Next() {
		uuids = append(uuids, it.Value().UUID)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if len(uuids) != 2 || requests.Load() != 2 {
		t.Errorf("events %v in %d requests, want 2 in 2", uuids, requests.Load())
	}
	if resp := it.Response(); resp.After != "c1" || resp.HasNextPage() {
		t.Errorf("After = %q, HasNextPage = %v; want c1 to poll from, false", resp.After, resp.HasNextPage())
	}
}

func TestSystemLogRecorded(t *testing.T) {
	t.Parallel()
	checkRecordedPayloads(t, "system_log", map[string]func(*testing.T, []byte){
		"listLogEvents": func(t *testing.T, raw []byte) { assertRoundTrip[[]LogEvent](t, raw) },
	})
}
