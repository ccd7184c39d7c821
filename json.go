package okta

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// decodeOptions are how models decode: like encoding/json, but member names match exactly (so a member whose
// name differs in case is kept as Okta spelled it), and duplicate names and invalid UTF-8 are tolerated.
var decodeOptions = jsonv2.JoinOptions(
	jsontext.AllowDuplicateNames(true),
	jsontext.AllowInvalidUTF8(true),
)

// Extra holds the members of a JSON object that a model's typed fields did not take: attributes this SDK does
// not model yet (custom profile attributes, settings Okta added after 5.1.0) and members whose value was null,
// empty or otherwise the zero value of their field. Encoding a model writes them back, so a value decoded from
// Okta and encoded again, by this SDK or by encoding/json, carries every member Okta sent.
//
// A typed field that is set wins over a member of the same name in Extra. Extra also keeps the text of
// timestamps that Go would write differently (Okta writes "2024-05-01T10:00:00.000Z", Go drops the zero
// milliseconds), and writes that text back while the field still holds the same instant.
//
// # Custom attributes
//
// Read a custom attribute with [Attr] and write one with [SetAttr]; no map and no declared variable:
//
//	color, ok := okta.Attr[string](user.Profile.Extra, "favoriteColor")
//	okta.SetAttr(&user.Profile.Extra, "favoriteColor", "teal")
//
// # Clearing in a partial update
//
// A typed field left at its zero value is not sent, so setting it to "" or 0 in an Update changes nothing.
// To send an explicit value for a member, put it in Extra, where it is sent because the typed field is not:
// [Extra.SetNull] sends null (Okta clears the attribute), and SetAttr with "", 0, false or an empty list sends
// that value.
//
//	p := &okta.UserProfile{}
//	p.Extra.SetNull("nickName")        // "nickName": null
//	okta.SetAttr(&p.Extra, "title", "") // "title": ""
//	client.Users.Update(ctx, id, &okta.UpdateUserRequest{Profile: p}, nil)
type Extra map[string]json.RawMessage

// Get decodes the member name into v. It reports whether the member was present. [Attr] does the same without
// a declared variable.
func (e Extra) Get(name string, v any) (bool, error) {
	raw, ok := e[name]
	if !ok {
		return false, nil
	}
	return true, json.Unmarshal(raw, v)
}

// Set encodes v as the member name, creating the map if needed. [SetAttr] does the same for a value that
// always encodes.
func (e *Extra) Set(name string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("okta: encoding %q: %w", name, err)
	}
	if *e == nil {
		*e = Extra{}
	}
	(*e)[name] = raw
	return nil
}

// SetNull sets the member name to null, creating the map if needed. In a partial update (an Update method) a
// null clears the attribute, where a typed field left empty would not be sent at all.
func (e *Extra) SetNull(name string) {
	if *e == nil {
		*e = Extra{}
	}
	(*e)[name] = json.RawMessage("null")
}

// Attr returns the member name of e decoded as a T: a custom attribute of a profile, or any member the SDK
// does not model. ok is false when the member is absent, null, or not a T (a number asked for as a string).
//
//	if color, ok := okta.Attr[string](user.Profile.Extra, "favoriteColor"); ok { ... }
func Attr[T any](e Extra, name string) (v T, ok bool) {
	raw, present := e[name]
	if !present || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return v, false
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		var zero T
		return zero, false
	}
	return v, true
}

// SetAttr sets the member name of *e to v, creating the map if needed: a custom attribute of a profile, or an
// explicit value ("", 0, false, an empty list) that a typed field would not send. It panics if v cannot be
// encoded as JSON (a channel, a function, a MarshalJSON that fails), which no attribute value can; use
// [Extra.Set] to get that as an error instead.
func SetAttr[T any](e *Extra, name string, v T) {
	if err := e.Set(name, v); err != nil {
		panic(err)
	}
}

// embedded decodes the member name of an _embedded object into a new T. It returns nil and no error when the
// member is absent or null, which is what Okta sends when the expansion was not asked for.
func embedded[T any](e Extra, name string) (*T, error) {
	return extraMember[T](e, name, "_embedded."+name)
}

// extraMember decodes the member name of e into a new T, or returns nil and no error when the member is absent
// or null. what names the member in the error.
func extraMember[T any](e Extra, name, what string) (*T, error) {
	raw, ok := e[name]
	if !ok || isNull(raw) {
		return nil, nil
	}
	v := new(T)
	if err := decodeJSON(raw, v); err != nil {
		return nil, fmt.Errorf("okta: decoding %s: %w", what, err)
	}
	return v, nil
}

// fieldSet maps the JSON member names of a struct type to its field indexes.
type fieldSet struct {
	exact map[string][]int
	times map[string][]int // the time.Time and *time.Time fields
}

var timeType = reflect.TypeFor[time.Time]()

var fieldSets sync.Map // reflect.Type → *fieldSet

func fieldsOf(t reflect.Type) *fieldSet {
	if fs, ok := fieldSets.Load(t); ok {
		return fs.(*fieldSet)
	}
	fs := &fieldSet{exact: map[string][]int{}, times: map[string][]int{}}
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fs.exact[name] = f.Index
		if f.Type == timeType || (f.Type.Kind() == reflect.Pointer && f.Type.Elem() == timeType) {
			fs.times[name] = f.Index
		}
	}
	actual, _ := fieldSets.LoadOrStore(t, fs)
	return actual.(*fieldSet)
}

// decodeObject decodes the JSON object data into v, a pointer to a struct type without JSON methods, and keeps
// in extra every member that v's fields did not take. Member names match fields exactly: a member whose name
// differs only in case stays in extra under the name Okta used. It is tolerant the way Okta's payloads need: a member
// whose value does not fit its field (a number where the spec says string, a malformed date) is kept in extra
// rather than failing the whole object.
func decodeObject(data []byte, v any, extra *Extra) error {
	*extra = nil
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] != '{' {
		if bytes.Equal(data, []byte("null")) {
			return nil
		}
		return &json.UnmarshalTypeError{Value: "non-object", Type: reflect.TypeOf(v).Elem()}
	}
	rv := reflect.ValueOf(v).Elem()
	fs := fieldsOf(rv.Type())
	if err := jsonv2.Unmarshal(data, v, decodeOptions); err != nil {
		var syntax *jsontext.SyntacticError
		if errors.As(err, &syntax) {
			return err
		}
		// Decode member by member so one bad value costs only itself.
		rv.SetZero()
		return eachMember(data, func(name string, raw []byte) {
			if idx, ok := fs.exact[name]; ok {
				f := rv.FieldByIndex(idx)
				if jsonv2.Unmarshal(raw, f.Addr().Interface(), decodeOptions) == nil && !f.IsZero() {
					if _, ok := fs.times[name]; ok && !sameText(raw, f) {
						extra.keep(name, raw)
					}
					return
				}
				f.SetZero()
			}
			extra.keep(name, raw)
		})
	}
	return eachMember(data, func(name string, raw []byte) {
		idx, ok := fs.exact[name]
		if !ok {
			extra.keep(name, raw)
			return
		}
		f := rv.FieldByIndex(idx)
		if f.IsZero() {
			extra.keep(name, raw)
		} else if _, ok := fs.times[name]; ok && !sameText(raw, f) {
			extra.keep(name, raw)
		}
	})
}

func (e *Extra) keep(name string, raw []byte) {
	if *e == nil {
		*e = Extra{}
	}
	(*e)[name] = bytes.Clone(raw)
}

// sameText reports whether raw is the text encoding/json writes for the time in f.
func sameText(raw []byte, f reflect.Value) bool {
	t, ok := timeOf(f)
	if !ok {
		return true
	}
	return len(raw) > 2 && string(raw[1:len(raw)-1]) == t.Format(time.RFC3339Nano)
}

func timeOf(f reflect.Value) (time.Time, bool) {
	if f.Kind() == reflect.Pointer {
		if f.IsNil() {
			return time.Time{}, false
		}
		f = f.Elem()
	}
	t, ok := f.Interface().(time.Time)
	return t, ok
}

// encodeObject encodes v, a pointer to a copy of a model as a struct type without JSON methods, and appends
// the members of extra whose names the typed fields did not write.
func encodeObject(v any, extra Extra) ([]byte, error) {
	if len(extra) > 0 {
		// A timestamp that still holds the instant Okta sent goes back out in Okta's text. v points to the
		// receiver's copy, so clearing its field here changes nothing the caller holds.
		rv := reflect.ValueOf(v).Elem()
		for name, idx := range fieldsOf(rv.Type()).times {
			raw, ok := extra[name]
			if !ok {
				continue
			}
			f := rv.FieldByIndex(idx)
			var sent time.Time
			if t, ok := timeOf(f); ok && json.Unmarshal(raw, &sent) == nil && sent.Equal(t) {
				f.SetZero()
			}
		}
	}
	b, err := json.Marshal(v)
	if err != nil || len(extra) == 0 {
		return b, err
	}
	written := map[string]bool{}
	if err := eachMember(b, func(name string, _ []byte) { written[name] = true }); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(extra))
	for name := range extra {
		if !written[name] {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return b, nil
	}
	slices.Sort(names)
	out := bytes.NewBuffer(make([]byte, 0, len(b)+64*len(names)))
	out.Write(b[:len(b)-1])
	sep := len(written) > 0
	for _, name := range names {
		raw := extra[name]
		if len(raw) == 0 {
			continue
		}
		if sep {
			out.WriteByte(',')
		}
		sep = true
		key, _ := json.Marshal(name)
		out.Write(key)
		out.WriteByte(':')
		if err := json.Compact(out, raw); err != nil {
			return nil, fmt.Errorf("okta: member %q of Extra is not valid JSON: %w", name, err)
		}
	}
	out.WriteByte('}')
	return out.Bytes(), nil
}

// eachMember calls fn with the name and raw value of each member of the JSON object data, in order. It scans
// without building values, so it costs far less than a decode.
func eachMember(data []byte, fn func(name string, raw []byte)) error {
	s := scanner{data: data}
	s.space()
	if !s.consume('{') {
		return errNotObject
	}
	s.space()
	if s.consume('}') {
		return nil
	}
	for {
		s.space()
		start := s.pos
		if err := s.skipString(); err != nil {
			return err
		}
		name := s.data[start+1 : s.pos-1]
		var key string
		if bytes.IndexByte(name, '\\') >= 0 {
			if err := json.Unmarshal(s.data[start:s.pos], &key); err != nil {
				return err
			}
		} else {
			key = string(name)
		}
		s.space()
		if !s.consume(':') {
			return errNotObject
		}
		s.space()
		vstart := s.pos
		if err := s.skipValue(); err != nil {
			return err
		}
		fn(key, s.data[vstart:s.pos])
		s.space()
		if s.consume(',') {
			continue
		}
		if s.consume('}') {
			return nil
		}
		return errNotObject
	}
}

var errNotObject = errors.New("okta: malformed JSON object")

type scanner struct {
	data []byte
	pos  int
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) consume(c byte) bool {
	if s.pos < len(s.data) && s.data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

func (s *scanner) skipString() error {
	if !s.consume('"') {
		return errNotObject
	}
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case '\\':
			s.pos += 2
		case '"':
			s.pos++
			return nil
		default:
			s.pos++
		}
	}
	return errNotObject
}

func (s *scanner) skipValue() error {
	if s.pos >= len(s.data) {
		return errNotObject
	}
	switch s.data[s.pos] {
	case '"':
		return s.skipString()
	case '{', '[':
		depth := 0
		for s.pos < len(s.data) {
			switch s.data[s.pos] {
			case '"':
				if err := s.skipString(); err != nil {
					return err
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					s.pos++
					return nil
				}
			}
			s.pos++
		}
		return errNotObject
	default:
		start := s.pos
		for s.pos < len(s.data) {
			switch s.data[s.pos] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				if s.pos == start {
					return errNotObject
				}
				return nil
			}
			s.pos++
		}
		if s.pos == start {
			return errNotObject
		}
		return nil
	}
}

// unions maps a polymorphic interface type (Application, Policy, ...) to the function that decodes one JSON
// object into its concrete type, chosen by the discriminator.
var unions sync.Map // reflect.Type → func([]byte) (any, error)

// registerUnion makes decodeJSON decode values of the interface type T, and slices of them, with decode.
func registerUnion[T any](decode func([]byte) (T, error)) {
	unions.Store(reflect.TypeFor[T](), func(b []byte) (any, error) { return decode(b) })
}

// kind is one kind of a union: the discriminator values that decode to its Go type, and a constructor.
type kind struct {
	values []string
	writes bool // the Go type writes values[0] when its discriminator field is empty
	new    func() any
}

// unionKinds maps each union's interface type to its discriminator member and kinds, for tests.
var unionKinds = map[reflect.Type]struct {
	member  string
	kinds   []kind
	unknown func() any
}{}

// kindOf declares T as the kind of a union whose discriminator is value or one of also. Encoding a T whose
// discriminator field is empty writes value: the Go type chooses the discriminator, so a caller never repeats
// it. internal/cmd/genjson reads these declarations and writes that into T's MarshalJSON.
func kindOf[T any, K ~string](value K, also ...K) kind {
	k := kind{values: []string{string(value)}, writes: true, new: func() any { return new(T) }}
	for _, v := range also {
		k.values = append(k.values, string(v))
	}
	return k
}

// kindsOf declares T as the kind of a union for several discriminator values, none of which T stands for
// alone: encoding a T writes whatever its discriminator field holds.
func kindsOf[T any, K ~string](values ...K) kind {
	k := kind{new: func() any { return new(T) }}
	for _, v := range values {
		k.values = append(k.values, string(v))
	}
	return k
}

// unionOf returns the decoder of the polymorphic interface type I, for registerUnion: it reads the member
// named member and decodes the object into the kind declared for that value, or into a new Unknown when the
// value is not declared or the object does not fit its kind (so one odd element never fails a list). A null
// is the nil I. It panics if a kind or Unknown does not implement I, which any test reveals at init.
func unionOf[I, Unknown any](member string, kinds ...kind) func([]byte) (I, error) {
	byValue := map[string]func() any{}
	for _, k := range kinds {
		if _, ok := k.new().(I); !ok {
			panic(fmt.Sprintf("okta: %T does not implement %v", k.new(), reflect.TypeFor[I]()))
		}
		for _, v := range k.values {
			byValue[v] = k.new
		}
	}
	if _, ok := any(new(Unknown)).(I); !ok {
		panic(fmt.Sprintf("okta: *%v does not implement %v", reflect.TypeFor[Unknown](), reflect.TypeFor[I]()))
	}
	unknown := func() any { return new(Unknown) }
	unionKinds[reflect.TypeFor[I]()] = struct {
		member  string
		kinds   []kind
		unknown func() any
	}{member, kinds, unknown}
	return func(data []byte) (I, error) {
		var zero I
		if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
			return zero, nil
		}
		newT, known := byValue[discriminator(data, member)]
		if !known {
			newT = unknown
		}
		v := newT()
		err := json.Unmarshal(data, v)
		if err != nil && known {
			v = unknown()
			err = json.Unmarshal(data, v)
		}
		if err != nil {
			return zero, err
		}
		return v.(I), nil
	}
}

// decodeJSON decodes data into out like json.Unmarshal, and also into the polymorphic interface types
// registered with registerUnion. A list of polymorphic values never fails because of one odd element: an
// element of a kind the SDK does not know decodes to the union's generic type.
//
// Okta does not always answer in the shape its API description promises; decodeJSON takes what it sent (see
// reshape).
func decodeJSON(data []byte, out any) error {
	rv := reflect.ValueOf(out).Elem()
	data = reshape(data, rv.Type())
	switch rv.Kind() {
	case reflect.Interface:
		if dec, ok := unions.Load(rv.Type()); ok {
			if isNull(data) {
				return nil
			}
			v, err := dec.(func([]byte) (any, error))(data)
			if err != nil {
				return err
			}
			rv.Set(reflect.ValueOf(v))
			return nil
		}
	case reflect.Slice:
		if dec, ok := unions.Load(rv.Type().Elem()); ok {
			var raws []json.RawMessage
			if err := json.Unmarshal(data, &raws); err != nil {
				return err
			}
			if raws == nil {
				return nil
			}
			s := reflect.MakeSlice(rv.Type(), len(raws), len(raws))
			for i, raw := range raws {
				if isNull(raw) {
					continue // a null element stays the nil interface, and encodes as null again
				}
				v, err := dec.(func([]byte) (any, error))(raw)
				if err != nil {
					return fmt.Errorf("okta: element %d: %w", i, err)
				}
				if v != nil { // a null element stays the nil interface
					s.Index(i).Set(reflect.ValueOf(v))
				}
			}
			rv.Set(s)
			return nil
		}
	}
	return jsonv2.Unmarshal(data, out, decodeOptions)
}

// ExtraListMember is the member of Extra that keeps the whole list when Okta answers a list of several values
// where the operation promises one object (see [Extra]).
const ExtraListMember = "[]"

// reshape adapts data, a response body, to the type t it decodes into, where Okta answered in another shape
// than the one its API description promises, so a method returns what Okta sent rather than fail:
//
//   - An object where a list is promised decodes as a list of that one object.
//   - A list where one object is promised decodes as the object when it holds just that one; as null (an
//     empty body) when it is empty; and when it holds several, as the first, with the whole list kept in the
//     first's Extra under [ExtraListMember].
//
// A member of an object whose shape differs from its field is not reshaped: it stays in the model's Extra as
// Okta sent it. Any other data is returned unchanged.
func reshape(data []byte, t reflect.Type) []byte {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return data
	}
	switch {
	case trimmed[0] == '{' && t.Kind() == reflect.Slice && expectsObject(t.Elem()):
		out := make([]byte, 0, len(trimmed)+2)
		return append(append(append(out, '['), trimmed...), ']')
	case trimmed[0] == '[' && expectsObject(t):
		var elems []json.RawMessage
		if json.Unmarshal(trimmed, &elems) != nil {
			return data
		}
		switch len(elems) {
		case 0:
			return []byte("null")
		case 1:
			return elems[0]
		}
		first := bytes.TrimSpace(elems[0])
		if len(first) < 2 || first[0] != '{' || first[len(first)-1] != '}' {
			return data
		}
		out := bytes.NewBuffer(make([]byte, 0, len(first)+len(trimmed)+8))
		out.Write(first[:len(first)-1])
		if len(bytes.TrimSpace(first[1:len(first)-1])) > 0 {
			out.WriteByte(',')
		}
		key, _ := json.Marshal(ExtraListMember)
		out.Write(key)
		out.WriteByte(':')
		out.Write(trimmed)
		out.WriteByte('}')
		return out.Bytes()
	}
	return data
}

// expectsObject reports whether t decodes from a JSON object into a model: a struct (or pointers to one) with
// an Extra, or a registered union.
func expectsObject(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Interface:
		_, ok := unions.Load(t)
		return ok
	case reflect.Struct:
		f, ok := t.FieldByName("Extra")
		return ok && f.Type == reflect.TypeFor[Extra]()
	}
	return false
}

// isNull reports whether data is the JSON null.
func isNull(data []byte) bool {
	return bytes.Equal(bytes.TrimSpace(data), []byte("null"))
}

// discriminator reads the string member name of the JSON object data without decoding the rest.
func discriminator(data []byte, name string) string {
	var value string
	_ = eachMember(data, func(n string, raw []byte) {
		if n == name && len(raw) > 0 && raw[0] == '"' && utf8.Valid(raw) {
			_ = json.Unmarshal(raw, &value)
		}
	})
	return value
}

// Links is a resource's _links object: link relations to one link object or to a list of them, kept as Okta
// sent them.
type Links map[string]json.RawMessage

// Href returns the href of the link relation rel (the first one, if there are several), or "".
func (l Links) Href(rel string) string {
	raw, ok := l[rel]
	if !ok {
		return ""
	}
	var one struct {
		Href string `json:"href"`
	}
	if json.Unmarshal(raw, &one) == nil {
		return one.Href
	}
	var many []struct {
		Href string `json:"href"`
	}
	if json.Unmarshal(raw, &many) == nil && len(many) > 0 {
		return many[0].Href
	}
	return ""
}
