package okta

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	gocmp "github.com/google/go-cmp/cmp"
)

// The fuzz targets below run their seeds (recorded payloads, and the regressions in testdata/fuzz) in every
// go test; `make fuzz` runs each for FUZZTIME.

// addFiles adds the contents of every file matching the glob patterns as a seed.
func addFiles(f *testing.F, patterns ...string) {
	f.Helper()
	n := 0
	for _, p := range patterns {
		files, err := filepath.Glob(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seed files match %q", patterns)
	}
}

// FuzzLinkHeader: parsing any Link header never panics, and the next page it names is a path and query only,
// so the iterator asks the org for it and nothing else.
func FuzzLinkHeader(f *testing.F) {
	for _, seed := range []string{
		`<https://test.okta.com/api/v1/users?after=000usfdsyqnIjEmHNm4x6&limit=1>; rel="next"`,
		`<https://test.okta.com/api/v1/apps?limit=1&q=ListTestBookmarkApp>; rel="self"`,
		`<https://test.okta.com/api/v1/devices?after=guooooy45xtYQeCmC1d7&limit=5>; rel="next", <https://test.okta.com/api/v1/devices?limit=5>; rel="self"`,
		`<https://evil.example/api/v1/users?after=x>; rel=next`,
		`<//evil.example/steal>; rel="next"`,
		`<>; rel="next"`,
		`<a>; rel="self next"; title="a, b"`,
		`<a`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, value string) {
		h := http.Header{"Link": {value}}
		for _, l := range parseLinks(h) {
			if strings.ContainsAny(l.target, "<>") && !strings.Contains(value, l.target) {
				t.Errorf("target %q is not part of the header", l.target)
			}
		}
		next := nextLink(h)
		if next == nil {
			return
		}
		if next.Scheme != "" || next.Host != "" || next.User != nil || next.Opaque != "" {
			t.Fatalf("next page %#v names more than a path and query", next)
		}
		c := &Client{orgURL: &urlOrg}
		u := c.resolve(&request{path: next.EscapedPath(), query: next.Query()})
		if u.Scheme != urlOrg.Scheme || u.Host != urlOrg.Host || u.User != nil {
			t.Fatalf("next page resolves to %s, off the org", u)
		}
		resp := newResponse(&http.Response{StatusCode: 200, Header: h})
		if !resp.HasNextPage() {
			t.Fatal("a next link but no next page")
		}
	})
}

// FuzzErrorDecoding: any error body, JSON or not, makes an *Error whose message names the status and stays one
// bounded line, without a panic.
func FuzzErrorDecoding(f *testing.F) {
	addFiles(f, "testdata/*/errors/*.json")
	for _, seed := range []string{
		``, `null`, `[]`, `{"errorCauses":{"errorSummary":"one cause"}}`, `{"error":"invalid_client","error_description":"bad"}`,
		`{"status":404,"message":"Resource not found"}`, `<html><title>Bad Gateway</title></html>`, "plain\ntext",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, status := range []int{400, 429, 503} {
			hr := &http.Response{
				StatusCode: status, Header: http.Header{"Content-Type": {"application/json"}},
				Body:    io.NopCloser(bytes.NewReader(body)),
				Request: &http.Request{Method: http.MethodGet, URL: urlOrg.JoinPath("/api/v1/users")},
			}
			e := newError(newResponse(hr))
			msg := e.Error()
			if e.StatusCode != status || !strings.Contains(msg, strconv.Itoa(status)) {
				t.Fatalf("error %q does not name status %d", msg, status)
			}
			if len(body) > 0 && len(msg) > 4*maxErrorBody {
				t.Fatalf("message of %d bytes for a body of %d", len(msg), len(body))
			}
			_ = e.Is(ErrNotFound)
		}
	})
}

// FuzzDecodeUsers, FuzzDecodeApps and FuzzDecodePolicies decode any list into models and encode it again:
// where the input is a well-formed JSON list that encoding/json reads without loss, the result carries the
// same JSON value; in every case, decoding and encoding the result again changes nothing.
func FuzzDecodeUsers(f *testing.F) {
	addFiles(f, "testdata/users/listUsers/*.json", "testdata/users/getUser/*.json")
	f.Fuzz(func(t *testing.T, data []byte) { checkLossless[[]User](t, data) })
}

func FuzzDecodeApps(f *testing.F) {
	addFiles(f, "testdata/apps/listApplications/*.json", "testdata/apps/getApplication/*.json")
	f.Add([]byte(`[null,{"signOnMode":"BOOKMARK"},{"signOnMode":"NEW_MODE"},{}]`))
	f.Fuzz(func(t *testing.T, data []byte) { checkLossless[[]Application](t, data) })
}

func FuzzDecodePolicies(f *testing.F) {
	addFiles(f, "testdata/policies/*polic*.json")
	f.Add([]byte(`[null,{"type":"PASSWORD"},{"type":"NEW_TYPE"},{}]`))
	f.Fuzz(func(t *testing.T, data []byte) { checkLossless[[]Policy](t, data) })
}

func checkLossless[T any](t *testing.T, data []byte) {
	var v T
	if decodeJSON(data, &v) != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding what was decoded: %v", err)
	}
	if plainJSONList(data) {
		var want, got any
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("the encoding is not JSON: %v\n%s", err, out)
		}
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Fatalf("re-encoding lost or changed data (-sent +encoded):\n%s\nsent: %s\nencoded: %s", diff, data, out)
		}
	}
	var again T
	if err := decodeJSON(out, &again); err != nil {
		t.Fatalf("decoding the encoding: %v\n%s", err, out)
	}
	out2, err := json.Marshal(again)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, out2) {
		t.Fatalf("a second round trip changed the encoding:\n%s\n%s", out, out2)
	}
}

// plainJSONList reports whether data is a JSON list that encoding/json reads exactly: valid UTF-8, no
// duplicate member names, no invalid escapes. Other inputs are decoded leniently, and only the stability of a
// second round trip is checked for them.
func plainJSONList(data []byte) bool {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 || trimmed[0] != '[' || !utf8.Valid(data) || !json.Valid(data) {
		return false
	}
	return !hasDuplicateNames(json.NewDecoder(bytes.NewReader(data)))
}

// hasDuplicateNames reports whether any object in the stream repeats a member name.
func hasDuplicateNames(dec *json.Decoder) bool {
	type frame struct {
		names  map[string]bool
		object bool
		key    bool // the next token of an object is a name
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.key {
			if d, ok := tok.(json.Delim); !ok || d != '}' {
				name, _ := tok.(string)
				if top.names[name] {
					return true
				}
				top.names[name] = true
				top.key = false
				continue
			}
		}
		if top != nil && top.object {
			top.key = true
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{names: map[string]bool{}, object: true, key: true})
		case json.Delim('['):
			stack = append(stack, &frame{})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && stack[len(stack)-1].object {
				stack[len(stack)-1].key = true
			}
		}
	}
}

var urlOrg = mustURL("https://example.okta.com")

func mustURL(s string) url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return *u
}
