//! BLAKE2b and BLAKE2s (RFC 7693), with the parameter block (key, salt,
//! personalization and the tree-hashing fields) as `hashlib` exposes it.

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The tree-hashing parameters of the parameter block.
#[derive(Clone, Default)]
pub struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

/// One BLAKE2 variant: `W` is the word (u64 for b, u32 for s).
pub trait Word: Copy + Default + Send + Sync + 'static {
    const BYTES: usize;
    const ROUNDS: usize;
    const ROT: [u32; 4];
    fn iv() -> [Self; 8];
    fn add(self, o: Self) -> Self;
    fn xor(self, o: Self) -> Self;
    fn rotr(self, n: u32) -> Self;
    fn from_le(b: &[u8]) -> Self;
    fn to_le(self, out: &mut Vec<u8>);
    fn from_u64(v: u64) -> Self;
    fn not(self) -> Self;
}

impl Word for u64 {
    const BYTES: usize = 8;
    const ROUNDS: usize = 12;
    const ROT: [u32; 4] = [32, 24, 16, 63];
    fn iv() -> [u64; 8] {
        super::md::sha512_iv()
    }
    fn add(self, o: u64) -> u64 {
        self.wrapping_add(o)
    }
    fn xor(self, o: u64) -> u64 {
        self ^ o
    }
    fn rotr(self, n: u32) -> u64 {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> u64 {
        u64::from_le_bytes(b.try_into().expect("8 bytes"))
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes())
    }
    fn from_u64(v: u64) -> u64 {
        v
    }
    fn not(self) -> u64 {
        !self
    }
}

impl Word for u32 {
    const BYTES: usize = 4;
    const ROUNDS: usize = 10;
    const ROT: [u32; 4] = [16, 12, 8, 7];
    fn iv() -> [u32; 8] {
        // SHA-256's initial values: the high halves of SHA-512's.
        let b = super::md::sha512_iv();
        std::array::from_fn(|i| (b[i] >> 32) as u32)
    }
    fn add(self, o: u32) -> u32 {
        self.wrapping_add(o)
    }
    fn xor(self, o: u32) -> u32 {
        self ^ o
    }
    fn rotr(self, n: u32) -> u32 {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> u32 {
        u32::from_le_bytes(b.try_into().expect("4 bytes"))
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes())
    }
    fn from_u64(v: u64) -> u32 {
        v as u32
    }
    fn not(self) -> u32 {
        !self
    }
}

#[derive(Clone)]
pub struct Blake2<W: Word> {
    h: [W; 8],
    /// The pending block (never compressed until more data follows it).
    buf: Vec<u8>,
    /// Bytes compressed so far.
    t: u128,
    last_node: bool,
    out: usize,
}

impl<W: Word> Blake2<W> {
    pub const BLOCK: usize = 16 * W::BYTES;

    /// A hasher for validated parameters (sizes within the variant's limits).
    pub fn new(p: &Params) -> Self {
        let mut block = vec![0u8; 8 * W::BYTES];
        block[0] = p.digest_size as u8;
        block[1] = p.key.len() as u8;
        block[2] = p.fanout;
        block[3] = p.depth;
        block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        if W::BYTES == 8 {
            block[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
            block[16] = p.node_depth;
            block[17] = p.inner_size;
        } else {
            block[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
            block[14] = p.node_depth;
            block[15] = p.inner_size;
        }
        let salt_at = 4 * W::BYTES;
        let person_at = 6 * W::BYTES;
        block[salt_at..salt_at + p.salt.len()].copy_from_slice(&p.salt);
        block[person_at..person_at + p.person.len()].copy_from_slice(&p.person);
        let iv = W::iv();
        let h = std::array::from_fn(|i| iv[i].xor(W::from_le(&block[i * W::BYTES..(i + 1) * W::BYTES])));
        let mut s = Blake2 { h, buf: Vec::with_capacity(Self::BLOCK), t: 0, last_node: p.last_node, out: p.digest_size };
        if !p.key.is_empty() {
            let mut k = p.key.clone();
            k.resize(Self::BLOCK, 0);
            s.update(&k);
        }
        s
    }

    fn compress(h: &mut [W; 8], block: &[u8], t: u128, last: bool, last_node: bool) {
        let m: [W; 16] = std::array::from_fn(|i| W::from_le(&block[i * W::BYTES..(i + 1) * W::BYTES]));
        let iv = W::iv();
        let mut v: [W; 16] = std::array::from_fn(|i| if i < 8 { h[i] } else { iv[i - 8] });
        let bits = (W::BYTES * 8) as u32;
        v[12] = v[12].xor(W::from_u64(t as u64));
        v[13] = v[13].xor(W::from_u64((t >> bits) as u64));
        if last {
            v[14] = v[14].not();
            if last_node {
                v[15] = v[15].not();
            }
        }
        let r = W::ROT;
        let g = |v: &mut [W; 16], a: usize, b: usize, c: usize, d: usize, x: W, y: W| {
            v[a] = v[a].add(v[b]).add(x);
            v[d] = v[d].xor(v[a]).rotr(r[0]);
            v[c] = v[c].add(v[d]);
            v[b] = v[b].xor(v[c]).rotr(r[1]);
            v[a] = v[a].add(v[b]).add(y);
            v[d] = v[d].xor(v[a]).rotr(r[2]);
            v[c] = v[c].add(v[d]);
            v[b] = v[b].xor(v[c]).rotr(r[3]);
        };
        for i in 0..W::ROUNDS {
            let s = &SIGMA[i % 10];
            g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for i in 0..8 {
            h[i] = h[i].xor(v[i]).xor(v[i + 8]);
        }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        let bl = Self::BLOCK;
        while !data.is_empty() {
            if self.buf.len() == bl {
                self.t += bl as u128;
                Self::compress(&mut self.h, &self.buf, self.t, false, false);
                self.buf.clear();
            }
            let n = (bl - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..n]);
            data = &data[n..];
        }
    }

    pub fn digest(&self) -> Vec<u8> {
        let mut h = self.h;
        let mut block = self.buf.clone();
        let t = self.t + block.len() as u128;
        block.resize(Self::BLOCK, 0);
        Self::compress(&mut h, &block, t, true, self.last_node);
        let mut out = Vec::with_capacity(8 * W::BYTES);
        for w in h {
            w.to_le(&mut out);
        }
        out.truncate(self.out);
        out
    }
}
