package okta

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// This file reads VCR cassettes: the YAML that vcrpy writes (the format of ../shared/cassettes), the compact
// copy in testdata/cassettes (the same schema with fewer headers), and go-vcr's variant of it.

// vcrCassette is one recorded test run: interactions in the order they happened.
type vcrCassette struct {
	Name         string // the file's path relative to the directory it was loaded from, with forward slashes
	Interactions []vcrInteraction
}

// vcrInteraction is one recorded request and its response.
type vcrInteraction struct {
	Index    int // position in the cassette, from 0
	Request  vcrRequest
	Response vcrResponse
}

type vcrRequest struct {
	Method string
	URI    string
	Header http.Header
	Body   []byte // nil when no body was recorded (body: null)
	Form   bool   // the body was recorded as form fields, and Body is their URL encoding
}

type vcrResponse struct {
	Status int
	Header http.Header
	Body   []byte
}

// loadCassettes reads every *.yaml and *.yml file under dir, in name order.
func loadCassettes(dir string) ([]*vcrCassette, error) {
	var names []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")) {
			names = append(names, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	out := make([]*vcrCassette, len(names))
	errs := make([]error, len(names))
	// YAML decoding is most of the cost of a replay run: spread it over the cores.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, path := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			data, err := os.ReadFile(path)
			if err != nil {
				errs[i] = err
				return
			}
			rel, _ := filepath.Rel(dir, path)
			out[i], errs[i] = parseCassette(filepath.ToSlash(rel), data)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// rawCassette is the YAML schema, with the parts that vary between recorders left as nodes.
type rawCassette struct {
	Interactions []struct {
		Request struct {
			Body    yaml.Node            `yaml:"body"`
			Form    map[string]vcrValues `yaml:"form"` // go-vcr
			Headers map[string]vcrValues `yaml:"headers"`
			Method  string               `yaml:"method"`
			URI     string               `yaml:"uri"`
			URL     string               `yaml:"url"` // go-vcr
		} `yaml:"request"`
		Response struct {
			Body    yaml.Node            `yaml:"body"`
			Headers map[string]vcrValues `yaml:"headers"`
			Status  yaml.Node            `yaml:"status"` // vcrpy: {code, message}; go-vcr: "200 OK"
			Code    int                  `yaml:"code"`   // go-vcr
		} `yaml:"response"`
	} `yaml:"interactions"`
}

// vcrValues is a header's values, recorded as one string or as a list.
type vcrValues []string

func (v *vcrValues) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			*v = nil
			return nil
		}
		*v = vcrValues{n.Value}
		return nil
	case yaml.SequenceNode:
		var list []string
		if err := n.Decode(&list); err != nil {
			return err
		}
		*v = list
		return nil
	}
	return fmt.Errorf("line %d: a header value is neither a string nor a list", n.Line)
}

func parseCassette(name string, data []byte) (*vcrCassette, error) {
	var raw rawCassette
	if err := yaml.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	c := &vcrCassette{Name: name, Interactions: make([]vcrInteraction, 0, len(raw.Interactions))}
	for i, in := range raw.Interactions {
		fail := func(format string, args ...any) error {
			return fmt.Errorf("%s: interaction %d: %s", name, i, fmt.Sprintf(format, args...))
		}
		x := vcrInteraction{Index: i}
		x.Request.Method = strings.ToUpper(in.Request.Method)
		x.Request.URI = in.Request.URI
		if x.Request.URI == "" {
			x.Request.URI = in.Request.URL
		}
		if x.Request.Method == "" || x.Request.URI == "" {
			return nil, fail("the request has no method or uri")
		}
		x.Request.Header = headerOf(in.Request.Headers)
		body, form, err := requestBody(&in.Request.Body)
		if err != nil {
			return nil, fail("request body: %v", err)
		}
		if body == nil && len(in.Request.Form) > 0 {
			q := url.Values{}
			for k, vs := range in.Request.Form {
				q[k] = vs
			}
			body, form = []byte(q.Encode()), true
		}
		x.Request.Body, x.Request.Form = body, form

		x.Response.Header = headerOf(in.Response.Headers)
		if x.Response.Body, err = responseBody(&in.Response.Body); err != nil {
			return nil, fail("response body: %v", err)
		}
		if gz := x.Response.Header.Get("Content-Encoding"); strings.EqualFold(gz, "gzip") && bytes.HasPrefix(x.Response.Body, []byte{0x1f, 0x8b}) {
			// Most recordings say gzip of a body stored as text; one that really stored the compressed bytes is
			// unpacked, so a replay can serve it as text like the others.
			zr, err := gzip.NewReader(bytes.NewReader(x.Response.Body))
			if err == nil {
				x.Response.Body, err = io.ReadAll(zr)
			}
			if err != nil {
				return nil, fail("response body: %v", err)
			}
			x.Response.Header.Del("Content-Encoding")
		}
		if x.Response.Status, err = statusOf(&in.Response.Status, in.Response.Code); err != nil {
			return nil, fail("response status: %v", err)
		}
		c.Interactions = append(c.Interactions, x)
	}
	return c, nil
}

func headerOf(m map[string]vcrValues) http.Header {
	h := http.Header{}
	for k, vs := range m {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	return h
}

// requestBody reads a recorded request body: null, a string, {string: ...}, or form fields as a mapping.
func requestBody(n *yaml.Node) (body []byte, form bool, err error) {
	if absent(n) {
		return nil, false, nil
	}
	if n.Kind == yaml.MappingNode {
		if s := mappingValue(n, "string"); s != nil {
			b, err := scalarBytes(s)
			return b, false, err
		}
		var fields map[string]any
		if err := n.Decode(&fields); err != nil {
			return nil, false, err
		}
		q := url.Values{}
		for k, v := range fields {
			switch v := v.(type) {
			case []any:
				for _, e := range v {
					q.Add(k, fmt.Sprint(e))
				}
			case nil:
				q.Add(k, "")
			default:
				q.Add(k, fmt.Sprint(v))
			}
		}
		return []byte(q.Encode()), true, nil
	}
	b, err := scalarBytes(n)
	return b, false, err
}

// responseBody reads a recorded response body: {string: ...} (vcrpy), a string (go-vcr) or null.
func responseBody(n *yaml.Node) ([]byte, error) {
	if absent(n) {
		return nil, nil
	}
	if n.Kind == yaml.MappingNode {
		s := mappingValue(n, "string")
		if s == nil || absent(s) {
			return nil, nil
		}
		return scalarBytes(s)
	}
	return scalarBytes(n)
}

func statusOf(n *yaml.Node, code int) (int, error) {
	switch {
	case n.Kind == yaml.MappingNode:
		var s struct {
			Code int `yaml:"code"`
		}
		if err := n.Decode(&s); err != nil {
			return 0, err
		}
		code = s.Code
	case n.Kind == yaml.ScalarNode && code == 0:
		f := strings.Fields(n.Value)
		if len(f) > 0 {
			code, _ = strconv.Atoi(f[0])
		}
	}
	if code < 100 || code > 999 {
		return 0, fmt.Errorf("no valid status code (%d)", code)
	}
	return code, nil
}

func absent(n *yaml.Node) bool {
	return n.Kind == 0 || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

func mappingValue(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// scalarBytes decodes a scalar (a string, or !!binary, which Decode turns into its bytes).
func scalarBytes(n *yaml.Node) ([]byte, error) {
	if n.Kind != yaml.ScalarNode {
		return nil, fmt.Errorf("line %d: want a string", n.Line)
	}
	var s string
	if err := n.Decode(&s); err != nil {
		return nil, err
	}
	return []byte(s), nil
}
